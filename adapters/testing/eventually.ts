import { setTimeout as sleep } from "node:timers/promises";

/**
 * What `find` gives once it gives something (not undefined or null): for what a job worker does shortly after a
 * request answered, such as an e-mail handed to the mailer. Rejects after `timeoutMs`.
 */
export async function delivered<T>(
  find: () => T | undefined | null | Promise<T | undefined | null>,
  timeoutMs = 10_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = await find();
    if (found !== undefined && found !== null) return found;
    if (Date.now() > deadline) throw new Error(`nothing delivered within ${timeoutMs} ms`);
    await sleep(25);
  }
}
