export { type EmailChangedEmailInput, renderEmailChangedEmail } from "./email-changed-email.js";
export { maskEmail } from "./mask-email.js";
export { type NewAccountEmailInput, renderNewAccountEmail } from "./new-account-email.js";
export { type PasswordChangedEmailInput, renderPasswordChangedEmail } from "./password-changed-email.js";
export { type PasswordResetEmailInput, renderPasswordResetEmail } from "./password-reset-email.js";
export type { RenderedEmail } from "./rendered-email.js";
export { renderTestEmail, type TestEmailInput } from "./test-email.js";
export { renderVerifyEmailEmail, type VerifyEmailEmailInput } from "./verify-email-email.js";
