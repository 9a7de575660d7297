import { A, useNavigate } from "@solidjs/router";
import { createQuery } from "@tanstack/solid-query";
import { Match, Show, Switch } from "solid-js";
import { AuthHeading } from "../components/auth-heading.js";
import { roleLabel } from "../components/organizations/role-label.js";
import { PageFooter } from "../components/page-footer.js";
import { Button } from "../components/ui/button.js";
import { Logo } from "../components/ui/logo.js";
import { useSessionStatus } from "../data/browser-session-status.js";
import { invitationPreviewQuery, useAcceptInvitation } from "../data/organizations.js";
import { t } from "../i18n/index.js";
import { rememberReturnPath } from "../lib/return-path.js";
import { setTitle } from "../lib/title.js";
import { useUrlToken } from "../lib/url-token.js";

/**
 * `/invitations/accept?token=…`: the organisation, inviter and role, and `Accept` for a signed-in visitor. A
 * signed-out one goes through log-in or sign-up and comes back here. Accepting takes a click, never the page load.
 */
export default function AcceptInvitation() {
  setTitle(t("orgs.acceptTitle"));
  const token = useUrlToken();
  const here = `/invitations/accept?token=${encodeURIComponent(token)}`;
  const session = useSessionStatus();
  const preview = createQuery(() => ({ ...invitationPreviewQuery(token), enabled: token !== "" }));
  const accept = useAcceptInvitation();
  const navigate = useNavigate();
  return (
    <div class="flex min-h-screen flex-col p-6 md:p-10">
      <main class="flex flex-1 items-center justify-center py-8">
        <div class="grid w-full max-w-sm gap-6">
          <Logo class="justify-center" />
          <AuthHeading>{t("orgs.acceptTitle")}</AuthHeading>
          <Switch>
            <Match when={token === "" || preview.isError}>
              <p class="text-center text-sm" role="alert" data-testid="invitation-invalid">
                {t("orgs.invalidInvitation")}
              </p>
            </Match>
            <Match when={preview.data}>
              {(data) => (
                <>
                  <p class="text-center text-sm" data-testid="invitation-summary">
                    {t("orgs.acceptIntro", {
                      inviter: data().inviter_email ?? "",
                      organization: data().organization_name,
                      role: roleLabel(data().role),
                    })}
                  </p>
                  <p class="text-center text-sm text-muted-foreground">
                    {t("orgs.acceptFor", { email: data().email_masked })}
                  </p>
                  <Show
                    when={session() === "active"}
                    fallback={
                      <div class="grid gap-2">
                        <p class="text-center text-sm">{t("orgs.signInToAccept")}</p>
                        <A
                          href="/login"
                          class="text-center underline underline-offset-4"
                          onClick={() => rememberReturnPath(here)}
                        >
                          {t("orgs.logIn")}
                        </A>
                        <A
                          href="/signup"
                          class="text-center underline underline-offset-4"
                          onClick={() => rememberReturnPath(here)}
                        >
                          {t("orgs.signUp")}
                        </A>
                      </div>
                    }
                  >
                    <Button
                      class="w-full"
                      loading={accept.isPending}
                      data-testid="accept-invitation"
                      onClick={() =>
                        accept.mutate(token, {
                          onSuccess: (member) => navigate(`/orgs/${member.organization_id}/settings`),
                        })
                      }
                    >
                      {t("orgs.accept")}
                    </Button>
                  </Show>
                </>
              )}
            </Match>
          </Switch>
        </div>
      </main>
      <PageFooter />
    </div>
  );
}
