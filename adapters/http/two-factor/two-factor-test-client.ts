import { TOTP, URI } from "otpauth";
import type { TestApp } from "../../testing/test-app.js";

/** The code of the authenticator app that scanned `uri`, `stepsAhead` steps of 30 s from now. */
export const codeOf = (uri: string, stepsAhead = 0): string => {
  const totp = URI.parse(uri);
  if (!(totp instanceof TOTP)) throw new Error("not a TOTP URI");
  return totp.generate({ timestamp: Date.now() + stepsAhead * 30_000 });
};

/** Turns TOTP on for the holder of `token` over HTTP: the URI their app scanned and their recovery codes. */
export async function enableTotp(app: TestApp, token: string, password: string) {
  const setUp = await app.call("POST", "/api/v1/users/me/totp", { token, json: { password } });
  if (setUp.status !== 200) throw new Error(`TOTP set-up failed: ${setUp.status}`);
  const uri = setUp.body.otpauth_uri as string;
  const confirmed = await app.call("POST", "/api/v1/users/me/totp/confirm", { token, json: { code: codeOf(uri) } });
  if (confirmed.status !== 200) throw new Error(`TOTP confirmation failed: ${confirmed.status}`);
  return { uri, recoveryCodes: confirmed.body.recovery_codes as string[] };
}
