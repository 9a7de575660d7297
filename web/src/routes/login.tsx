import { A } from "@solidjs/router";
import { createSignal, Show } from "solid-js";
import { AuthHeading } from "../components/auth-heading.js";
import { IdentityProviderButtons } from "../components/identity-provider-buttons.js";
import { IdentitySignInError } from "../components/identity-sign-in-error.js";
import { SecondFactorStep } from "../components/login/second-factor-step.js";
import { PasswordInput } from "../components/password-input.js";
import { Button } from "../components/ui/button.js";
import { TextField } from "../components/ui/text-field.js";
import { useLogIn, useLogInWithPasskey } from "../data/auth.js";
import { secondFactorHandedOver } from "../data/second-factor-handover.js";
import { t } from "../i18n/index.js";
import { createForm } from "../lib/create-form.js";
import { setTitle } from "../lib/title.js";
import { email, password } from "../lib/validation.js";
import { browserSupportsWebAuthn } from "../lib/webauthn-support.js";

/**
 * `/login`: e-mail and password, then, for an account with two-factor authentication, the second step; or a passkey
 * (which needs no second step), or an identity provider. Once the session starts, the auth layout goes home.
 */
export default function Login() {
  setTitle(t("title.login"));
  const logIn = useLogIn();
  // An identity provider's sign-in of an account with a second factor lands here with the step to complete.
  const [handedOver, setHandedOver] = createSignal(secondFactorHandedOver());
  const challenge = () => {
    const outcome = logIn.data;
    return outcome && "secondFactor" in outcome ? outcome.secondFactor : handedOver();
  };
  const startOver = () => {
    setHandedOver(null);
    logIn.reset();
  };
  return (
    <Show when={challenge()} fallback={<PasswordStep logIn={logIn} />}>
      {(pending) => <SecondFactorStep challenge={pending()} onStartOver={startOver} />}
    </Show>
  );
}

/** The e-mail and password form. */
function PasswordStep(props: { logIn: ReturnType<typeof useLogIn> }) {
  const logIn = props.logIn;
  const logInWithPasskey = useLogInWithPasskey();
  const form = createForm({
    initial: { email: "", password: "" },
    rules: { email: [email], password: [password] },
    onSubmit: (values) => logIn.mutate(values),
  });
  return (
    <form class="grid gap-6" noValidate onSubmit={form.handleSubmit}>
      <AuthHeading>{t("login.heading")}</AuthHeading>
      <IdentitySignInError />
      <TextField
        id="email"
        label={t("field.email")}
        type="email"
        placeholder={t("field.emailPlaceholder")}
        autocomplete="email"
        testId="email-input"
        {...form.field("email")}
      />
      <PasswordInput
        id="password"
        label={t("field.password")}
        placeholder={t("field.password")}
        testId="password-input"
        labelAside={
          <A href="/recover-password" class="text-sm underline-offset-4 hover:underline">
            {t("login.forgotPassword")}
          </A>
        }
        {...form.field("password")}
      />
      <Button type="submit" class="w-full" loading={logIn.isPending}>
        {t("login.submit")}
      </Button>
      <Show when={browserSupportsWebAuthn()}>
        <Button
          variant="outline"
          class="w-full"
          loading={logInWithPasskey.isPending}
          onClick={() => logInWithPasskey.mutate(undefined)}
        >
          {t("login.withPasskey")}
        </Button>
      </Show>
      <IdentityProviderButtons />
      <p class="text-center text-sm">
        {t("login.noAccount")}{" "}
        <A href="/signup" class="underline underline-offset-4">
          {t("login.signUp")}
        </A>
      </p>
    </form>
  );
}
