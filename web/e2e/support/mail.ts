import { type APIRequestContext, expect } from "@playwright/test";
import { e2eEnv } from "./env.js";

interface CaughtMail {
  subject: string;
  to: { address: string; name?: string }[];
  html: string;
}

/**
 * Waits for the local mail catcher to hold a message to `address` (whose subject contains `subject`, when given) and
 * returns the newest one.
 */
export async function waitForMailTo(request: APIRequestContext, address: string, subject = ""): Promise<CaughtMail> {
  let found: CaughtMail | undefined;
  await expect
    .poll(
      async () => {
        const response = await request.get(`http://127.0.0.1:${e2eEnv.mailWebPort}/email`);
        if (!response.ok()) return false;
        const mails = (await response.json()) as CaughtMail[];
        found = mails
          .filter((mail) => mail.to.some((to) => to.address === address) && mail.subject.includes(subject))
          .at(-1);
        return found !== undefined;
      },
      { message: `an e-mail to ${address} about "${subject}" in the mail catcher`, timeout: 15_000 },
    )
    .toBe(true);
  return found as CaughtMail;
}

/** The `/reset-password?token=…` path from a password-recovery e-mail. */
export function resetPathFrom(mail: CaughtMail): string {
  const match = mail.html.match(/\/reset-password\?token=[^"]+/);
  expect(match, "reset link in the e-mail html").not.toBeNull();
  return (match as RegExpMatchArray)[0];
}

/** The `/revert-email?token=…` path from an e-mail change notice. */
export function revertPathFrom(mail: CaughtMail): string {
  const match = mail.html.match(/\/revert-email\?token=[^"]+/);
  expect(match, "revert link in the e-mail html").not.toBeNull();
  return (match as RegExpMatchArray)[0];
}

/** The `/verify-email?token=…` path from a verification e-mail. */
export function verifyPathFrom(mail: CaughtMail): string {
  const match = mail.html.match(/\/verify-email\?token=[^"]+/);
  expect(match, "verification link in the e-mail html").not.toBeNull();
  return (match as RegExpMatchArray)[0];
}

/** The `/invitations/accept?token=…` path from an organisation invitation. */
export function invitationPathFrom(mail: CaughtMail): string {
  const match = mail.html.match(/\/invitations\/accept\?token=[^"]+/);
  expect(match, "invitation link in the e-mail html").not.toBeNull();
  return (match as RegExpMatchArray)[0];
}
