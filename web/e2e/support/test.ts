import { type BrowserContext, test as base, expect } from "@playwright/test";

/** What a test may declare about the console errors it provokes on purpose (e.g. a refused login). */
export interface ConsoleGuard {
  /** Lets console errors matching `pattern` pass (a failed request's message names its URL). */
  allow(pattern: RegExp): void;
  /** Also watches a context the test opened itself. */
  watch(context: BrowserContext): void;
}

/**
 * Playwright's `test`, failing any test whose pages log a console error (a failed request included) or throw an
 * uncaught error, unless the test allowed it. Every spec imports `test` and `expect` from here.
 */
export const test = base.extend<{ consoleGuard: ConsoleGuard }>({
  consoleGuard: [
    async ({ context }, use) => {
      const errors: string[] = [];
      const allowed: RegExp[] = [];
      const watch = (watched: BrowserContext) => {
        watched.on("console", (message) => {
          if (message.type() === "error") errors.push(`${message.text()} at ${message.location().url}`);
        });
        watched.on("weberror", (error) => errors.push(`uncaught: ${error.error().message}`));
      };
      watch(context);
      await use({ allow: (pattern) => allowed.push(pattern), watch });
      const unexpected = errors.filter((error) => !allowed.some((pattern) => pattern.test(error)));
      expect(unexpected, "console errors the test did not expect").toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
