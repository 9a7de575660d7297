/**
 * The rules every account's credentials follow, shared by every edge: the HTTP schema states the same numbers
 * (adapters/http/validation/credential-rules.test.ts holds the OpenAPI document to them) and the SPA derives its form rules
 * from that document. The e-mail syntax rule is `normalizeEmail` (email-address.ts).
 */
export const PASSWORD_MIN_LENGTH = 8;
export const PASSWORD_MAX_LENGTH = 128;
export const FULL_NAME_MAX_LENGTH = 255;
