import { PasskeysSection } from "./passkeys-section.js";
import { TwoFactorSection } from "./two-factor-section.js";

/** Settings › Security: one section per way the account is protected, each in a file of its own. */
export const SecurityPanel = () => (
  <div class="grid gap-10">
    <TwoFactorSection />
    <PasskeysSection />
  </div>
);
