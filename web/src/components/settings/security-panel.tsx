import { useMySecurity } from "../../data/my-security.js";
import { IdentitySignInError } from "../identity-sign-in-error.js";
import { EmailSection } from "./email-section.js";
import { IdentitiesSection } from "./identities-section.js";
import { PasskeysSection } from "./passkeys-section.js";
import { TwoFactorSection } from "./two-factor-section.js";

/** Settings › Security: one section per way the account is protected, each in a file of its own. */
export const SecurityPanel = () => {
  const security = useMySecurity();
  return (
    <div class="grid gap-10">
      <IdentitySignInError />
      <EmailSection />
      <TwoFactorSection totpEnabled={security()?.totp_enabled} />
      <PasskeysSection />
      <IdentitiesSection />
    </div>
  );
};
