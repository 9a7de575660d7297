/**
 * A UUID (checked and lower-cased before the controller runs).
 * @format uuid
 */
export type UUID = string;

/**
 * An e-mail address (checked like the reference's EmailStr: domain lower-cased, special-use domains refused).
 * @format email
 * @maxLength 255
 */
export type EmailStr = string;

/** A human-readable confirmation. */
export interface Message {
  message: string;
}

export const message = (text: string): Message => ({ message: text });

/** A view names every field of its entity: pass what its destructuring left, so a new field is a type error there. */
export const nothingLeft = (_unnamed: Record<string, never>): void => undefined;

/** Every optional field of a body, each named once (a field left out is a type error), undefined when not sent. */
export type SentFields<P> = { readonly [K in keyof Required<P>]: P[K] | undefined };

/** Keeps only the keys that were sent (the reference's `exclude_unset`). */
export function present<P extends object>(fields: SentFields<P>): P {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)) as P;
}
