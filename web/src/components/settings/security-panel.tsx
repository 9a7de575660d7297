import { EmailSection } from "./email-section.js";

/** Settings › Security: one section per way the account is protected, each in a file of its own. */
export const SecurityPanel = () => (
  <div class="grid gap-8">
    <EmailSection />
  </div>
);
