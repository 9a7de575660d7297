/**
 * A calendar day, `YYYY-MM-DD`.
 * @format date
 */
export type CalendarDate = string;

/**
 * A decimal number with exactly two places, as a string so no precision is lost (`12.50`, `-3.00`).
 * @pattern ^-?\d{1,13}\.\d{2}$
 * @example "12.50"
 */
export type Decimal = string;

/** The day of a validated date (tsoa's `@isDate` hands the controller a Date at UTC midnight). */
export const dayOf = (date: Date): CalendarDate => date.toISOString().slice(0, 10);
