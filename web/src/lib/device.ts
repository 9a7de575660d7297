import Bowser from "bowser";
import { t } from "../i18n/index.js";

/** A session's device as people name it: browser and operating system, from its user agent. */
export type Device = { browser: string; os: string };

const unknown = () => t("sessions.unknownDevice");

// API clients (curl, httpie, scripts) are sessions too: name them by their first product token.
const productToken = (userAgent: string): string | undefined => {
  const match = /^([A-Za-z][\w.-]*)\/(\d+)/.exec(userAgent);
  return match && match[1] !== "Mozilla" ? `${match[1]} ${match[2]}` : undefined;
};

/** Parses a user agent into browser (with major version) and OS; anything unrecognised reads "Unknown". */
export const describeDevice = (userAgent: string | null | undefined): Device => {
  if (!userAgent) return { browser: unknown(), os: unknown() };
  const { browser, os } = Bowser.parse(userAgent);
  const major = browser.version?.split(".")[0];
  return {
    browser: browser.name ? [browser.name, major].filter(Boolean).join(" ") : (productToken(userAgent) ?? unknown()),
    os: os.name ? [os.name, os.versionName ?? os.version].filter(Boolean).join(" ") : unknown(),
  };
};
