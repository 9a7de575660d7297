import { randomUUID } from "node:crypto";

/** A fresh e-mail address, unique across tests and workers. */
export function randomEmail(prefix = "user"): string {
  return `${prefix}-${randomUUID().slice(0, 12)}@example.com`;
}

/** A fresh valid password (at least 8 characters). */
export function randomPassword(): string {
  return `pw-${randomUUID().slice(0, 16)}`;
}

/** A short unique suffix for titles and names. */
export function uniqueSuffix(): string {
  return randomUUID().slice(0, 8);
}
