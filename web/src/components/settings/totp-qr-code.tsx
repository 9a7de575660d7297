import QRCode from "qrcode";
import { createResource, Show } from "solid-js";
import { t } from "../../i18n/index.js";

/** The `otpauth://` URI as a QR code, drawn here in the browser: the secret never leaves for another service. */
export const TotpQrCode = (props: { uri: string }) => {
  const [svg] = createResource(
    () => props.uri,
    (uri) => QRCode.toString(uri, { type: "svg", margin: 2, errorCorrectionLevel: "M" }),
  );
  return (
    <Show when={svg()}>
      {(markup) => (
        <img
          class="size-48 rounded-md border bg-white"
          src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(markup())}`}
          alt={t("twoFactor.qrCode")}
          data-testid="totp-qr-code"
        />
      )}
    </Show>
  );
};
