import { createSignal, Match, Show, Switch } from "solid-js";
import {
  useConfirmTotp,
  useDisableTotp,
  useRegenerateRecoveryCodes,
  useStartTotpSetup,
} from "../../data/two-factor.js";
import { t } from "../../i18n/index.js";
import { Button } from "../ui/button.js";
import { PasswordPromptDialog } from "./password-prompt-dialog.js";
import { RecoveryCodesList } from "./recovery-codes-list.js";
import { TotpSetup } from "./totp-setup.js";

type Prompt = "setUp" | "disable" | "regenerate";

type TwoFactorSectionProps = {
  /** Whether TOTP is on, when the account's security summary says; unknown offers every action. */
  totpEnabled?: boolean;
};

/**
 * Settings › Security › Two-factor authentication: set up an authenticator app (password, then QR code and key,
 * then a code), see the recovery codes once, disable, or regenerate the recovery codes (password).
 */
export const TwoFactorSection = (props: TwoFactorSectionProps) => {
  const startSetup = useStartTotpSetup();
  const confirm = useConfirmTotp();
  const disable = useDisableTotp();
  const regenerate = useRegenerateRecoveryCodes();
  const [prompt, setPrompt] = createSignal<Prompt | null>(null);
  const [codes, setCodes] = createSignal<readonly string[] | null>(null);
  const [enabledHere, setEnabledHere] = createSignal<boolean | undefined>(undefined);
  const enabled = () => enabledHere() ?? props.totpEnabled;
  const setup = () => (startSetup.isSuccess ? startSetup.data : undefined);

  const prompts: Record<Prompt, { title: () => string; text: () => string; submit: () => string }> = {
    setUp: {
      title: () => t("twoFactor.setUp"),
      text: () => t("twoFactor.passwordText"),
      submit: () => t("twoFactor.continue"),
    },
    disable: {
      title: () => t("twoFactor.disable"),
      text: () => t("twoFactor.disableText"),
      submit: () => t("twoFactor.disable"),
    },
    regenerate: {
      title: () => t("twoFactor.regenerate"),
      text: () => t("twoFactor.regenerateText"),
      submit: () => t("twoFactor.regenerate"),
    },
  };
  const pending = () => startSetup.isPending || disable.isPending || regenerate.isPending;
  const onPassword = (password: string) => {
    const close = () => setPrompt(null);
    if (prompt() === "setUp") startSetup.mutate(password, { onSuccess: close });
    if (prompt() === "disable") {
      disable.mutate(password, {
        onSuccess: () => {
          close();
          setEnabledHere(false);
        },
      });
    }
    if (prompt() === "regenerate") {
      regenerate.mutate(password, {
        onSuccess: (answer) => {
          close();
          setCodes(answer.recovery_codes);
        },
      });
    }
  };
  const onConfirm = (code: string) =>
    confirm.mutate(code, {
      onSuccess: (answer) => {
        startSetup.reset();
        setEnabledHere(true);
        setCodes(answer.recovery_codes);
      },
    });

  return (
    <section class="grid max-w-2xl gap-4" aria-labelledby="two-factor-heading">
      <div>
        <h2 id="two-factor-heading" class="mb-1 text-lg font-semibold">
          {t("twoFactor.heading")}
        </h2>
        <p class="text-muted-foreground">{t("twoFactor.text")}</p>
      </div>
      <Switch>
        <Match when={codes()}>{(shown) => <RecoveryCodesList codes={shown()} onDone={() => setCodes(null)} />}</Match>
        <Match when={setup()}>
          {(pendingSetup) => (
            <TotpSetup
              secret={pendingSetup().secret}
              otpauthUri={pendingSetup().otpauth_uri}
              pending={confirm.isPending}
              onConfirm={onConfirm}
              onCancel={() => startSetup.reset()}
            />
          )}
        </Match>
        <Match when={true}>
          <div class="flex flex-wrap gap-2">
            <Show when={enabled() !== true}>
              <Button onClick={() => setPrompt("setUp")}>{t("twoFactor.setUp")}</Button>
            </Show>
            <Show when={enabled() !== false}>
              <Button variant="outline" onClick={() => setPrompt("regenerate")}>
                {t("twoFactor.regenerate")}
              </Button>
              <Button variant="destructive" onClick={() => setPrompt("disable")}>
                {t("twoFactor.disable")}
              </Button>
            </Show>
          </div>
        </Match>
      </Switch>
      <PasswordPromptDialog
        open={prompt() !== null}
        onOpenChange={(open) => !open && setPrompt(null)}
        title={prompts[prompt() ?? "setUp"].title()}
        description={prompts[prompt() ?? "setUp"].text()}
        submitLabel={prompts[prompt() ?? "setUp"].submit()}
        pending={pending()}
        onSubmit={onPassword}
      />
    </section>
  );
};
