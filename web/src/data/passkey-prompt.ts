import { t } from "../i18n/index.js";

const codeOf = (error: unknown): string | undefined =>
  typeof error === "object" && error !== null && "code" in error && typeof error.code === "string"
    ? error.code
    : undefined;

/**
 * Runs the browser's passkey prompt; a prompt that was closed, timed out or failed becomes an error whose message
 * the user can read in their language (the browser's own wording is English and technical).
 */
export async function passkeyPrompt<T>(prompt: () => Promise<T>): Promise<T> {
  try {
    return await prompt();
  } catch (error) {
    const known = codeOf(error) === "ERROR_AUTHENTICATOR_PREVIOUSLY_REGISTERED";
    throw new Error(known ? t("passkeys.alreadyOnDevice") : t("passkeys.promptFailed"));
  }
}
