import { IdentitySignInError } from "../identity-sign-in-error.js";
import { IdentitiesSection } from "./identities-section.js";

/** Settings › Security: one section per way of securing the account, each in a file of its own. */
export const SecurityPanel = () => (
  <div class="grid gap-8">
    <IdentitySignInError />
    <IdentitiesSection />
  </div>
);
