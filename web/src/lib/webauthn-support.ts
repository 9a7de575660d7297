/**
 * Whether this browser can use passkeys: the check `@simplewebauthn/browser` makes, without loading that library on
 * every page (it is loaded when a passkey is actually used).
 */
export const browserSupportsWebAuthn = (): boolean => typeof globalThis.PublicKeyCredential === "function";
