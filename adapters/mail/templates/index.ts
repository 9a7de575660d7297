export { type NewAccountEmailInput, renderNewAccountEmail } from "./new-account-email.js";
export { type PasswordResetEmailInput, renderPasswordResetEmail } from "./password-reset-email.js";
export type { RenderedEmail } from "./rendered-email.js";
export { renderTestEmail, type TestEmailInput } from "./test-email.js";
