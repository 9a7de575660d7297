import { createSignal } from "solid-js";
import { t } from "../../i18n/index.js";
import { Button } from "../ui/button.js";
import { TextField } from "../ui/text-field.js";
import { TotpQrCode } from "./totp-qr-code.js";

type TotpSetupProps = {
  secret: string;
  otpauthUri: string;
  pending: boolean;
  onConfirm: (code: string) => void;
  onCancel: () => void;
};

/** A pending set-up: the QR code and the key to type, and the first code from the app that turns it on. */
export const TotpSetup = (props: TotpSetupProps) => {
  const [code, setCode] = createSignal("");
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const entered = code().replace(/\s/g, "");
    if (entered !== "") props.onConfirm(entered);
  };
  return (
    <form class="grid gap-4" noValidate onSubmit={submit}>
      <p class="text-sm text-muted-foreground">{t("twoFactor.scanText")}</p>
      <TotpQrCode uri={props.otpauthUri} />
      <dl class="grid gap-1">
        <dt class="text-sm font-medium">{t("twoFactor.secret")}</dt>
        <dd>
          <code class="rounded-md bg-muted px-2 py-1 font-mono text-sm break-all" data-testid="totp-secret">
            {props.secret}
          </code>
        </dd>
      </dl>
      <TextField
        id="totp-setup-code"
        label={t("twoFactor.code")}
        inputMode="numeric"
        autocomplete="one-time-code"
        maxLength={6}
        testId="totp-input"
        value={code()}
        onValue={setCode}
      />
      <div class="flex gap-2">
        <Button type="submit" loading={props.pending}>
          {t("twoFactor.turnOn")}
        </Button>
        <Button variant="outline" onClick={() => props.onCancel()}>
          {t("twoFactor.cancel")}
        </Button>
      </div>
    </form>
  );
};
