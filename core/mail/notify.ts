import type { Mailer } from "./mailer.js";

/**
 * Sends a security notice once the change it reports has committed. The change stands whatever happens to the
 * e-mail: a failed delivery is logged by the mailer and never turns a done change into an error.
 */
export async function notify(mailer: Mailer | undefined, send: (mailer: Mailer) => Promise<void>): Promise<void> {
  if (!mailer?.enabled) return;
  await send(mailer).catch(() => undefined);
}
