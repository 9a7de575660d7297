import { A, Navigate } from "@solidjs/router";
import { Show } from "solid-js";
import { AuthHeading } from "../components/auth-heading.js";
import { BackToLogin } from "../components/back-to-login.js";
import { Button } from "../components/ui/button.js";
import { useRevertEmail } from "../data/account.js";
import { setTitle } from "../lib/title.js";
import { useUrlToken } from "../lib/url-token.js";

/**
 * `/revert-email?token=…`, the link an e-mail change notice sends to the old address: one click puts that address
 * back and signs every session out. A click, not the page load, sends it, so a mail scanner opening the link
 * changes nothing.
 */
export default function RevertEmail() {
  setTitle("Restore Email Address");
  const token = useUrlToken();
  const revert = useRevertEmail();
  return (
    <Show when={token !== ""} fallback={<Navigate href="/login" />}>
      <div class="grid gap-6">
        <AuthHeading>Restore Email Address</AuthHeading>
        <Show
          when={revert.isSuccess}
          fallback={
            <>
              <p class="text-center text-sm">
                Your account's email address was changed. If you did not do this, restore the previous address: every
                session of the account will be signed out.
              </p>
              <Button
                class="w-full"
                loading={revert.isPending}
                onClick={() => revert.mutate(token)}
                data-testid="revert-email-button"
              >
                Restore my email address
              </Button>
            </>
          }
        >
          <p class="text-center text-sm" role="status" data-testid="revert-email-done">
            {revert.data?.message}
          </p>
          <p class="text-center text-sm">
            <A href="/recover-password" class="underline underline-offset-4">
              Reset your password
            </A>
          </p>
        </Show>
        <BackToLogin question="Already sorted out?" />
      </div>
    </Show>
  );
}
