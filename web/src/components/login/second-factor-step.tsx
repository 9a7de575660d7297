import { createSignal, Show } from "solid-js";
import { useCompleteLogIn, useCompleteLogInWithPasskey } from "../../data/auth.js";
import type { SecondFactorChallenge } from "../../data/cookie-login.js";
import { t } from "../../i18n/index.js";
import { browserSupportsWebAuthn } from "../../lib/webauthn-support.js";
import { AuthHeading } from "../auth-heading.js";
import { Button } from "../ui/button.js";
import { TextField } from "../ui/text-field.js";

type SecondFactorStepProps = {
  challenge: SecondFactorChallenge;
  /** Back to the password form (a new password step makes a new challenge). */
  onStartOver: () => void;
};

/**
 * The second step of a log-in for an account with two-factor authentication: a code from the authenticator app, or
 * one of the recovery codes, or one of the account's passkeys. A wrong code comes back as an error toast; the session
 * starts once it is right.
 */
export const SecondFactorStep = (props: SecondFactorStepProps) => {
  const complete = useCompleteLogIn();
  const withPasskey = useCompleteLogInWithPasskey();
  const canUsePasskey = () => props.challenge.methods.includes("passkey") && browserSupportsWebAuthn();
  const [useRecovery, setUseRecovery] = createSignal(false);
  const [code, setCode] = createSignal("");
  const canUseRecovery = () => props.challenge.methods.includes("recovery_code");
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const entered = code().trim();
    if (entered === "") return;
    const proof = useRecovery() ? { recovery_code: entered } : { code: entered.replace(/\s/g, "") };
    complete.mutate({ mfaToken: props.challenge.mfaToken, proof });
  };
  const switchMethod = () => {
    setUseRecovery(!useRecovery());
    setCode("");
  };
  return (
    <form class="grid gap-6" noValidate onSubmit={submit}>
      <AuthHeading>{t("login.secondFactorHeading")}</AuthHeading>
      <p class="text-center text-sm text-muted-foreground">
        {useRecovery() ? t("login.recoveryText") : t("login.codeText")}
      </p>
      <Show
        when={useRecovery()}
        fallback={
          <TextField
            id="totp-code"
            label={t("login.code")}
            inputMode="numeric"
            autocomplete="one-time-code"
            maxLength={6}
            testId="totp-input"
            value={code()}
            onValue={setCode}
          />
        }
      >
        <TextField
          id="recovery-code"
          label={t("login.recoveryCode")}
          autocomplete="off"
          spellcheck={false}
          testId="recovery-code-input"
          value={code()}
          onValue={setCode}
        />
      </Show>
      <Button type="submit" class="w-full" loading={complete.isPending}>
        {t("login.verify")}
      </Button>
      <Show when={canUsePasskey()}>
        <Button
          variant="outline"
          class="w-full"
          loading={withPasskey.isPending}
          onClick={() => withPasskey.mutate(props.challenge.mfaToken)}
        >
          {t("login.usePasskey")}
        </Button>
      </Show>
      <div class="flex flex-col items-center gap-2 text-sm">
        <Show when={canUseRecovery() || useRecovery()}>
          <button type="button" class="underline underline-offset-4 cursor-pointer" onClick={switchMethod}>
            {useRecovery() ? t("login.useAuthenticator") : t("login.useRecoveryCode")}
          </button>
        </Show>
        <button type="button" class="underline underline-offset-4 cursor-pointer" onClick={() => props.onStartOver()}>
          {t("login.startOver")}
        </button>
      </div>
    </form>
  );
};
