import { PasskeysSection } from "./passkeys-section.js";

/** Settings › Security: one section per way of protecting the account. */
export const SecurityPanel = () => (
  <div class="grid gap-10">
    <PasskeysSection />
  </div>
);
