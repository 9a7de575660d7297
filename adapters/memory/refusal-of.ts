import { type DomainErrorKind, isDomainError } from "../../core/shared/errors.js";

/** The fields of a DomainError, for comparing a refusal with the exact expected one. */
export interface Refusal {
  readonly kind: DomainErrorKind;
  readonly code: string;
  readonly message: string;
}

/** Awaits an action that must be refused and gives the DomainError's fields; anything else fails the test. */
export async function refusalOf(action: Promise<unknown>): Promise<Refusal> {
  try {
    await action;
  } catch (error) {
    if (isDomainError(error)) return { kind: error.kind, code: error.code, message: error.message };
    throw error;
  }
  throw new Error("expected a DomainError, but the action succeeded");
}
