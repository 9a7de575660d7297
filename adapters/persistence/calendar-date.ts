/**
 * A `date` column as `YYYY-MM-DD`. Both drivers hand a date back as a Date at midnight, but `pg` at local midnight
 * and PGlite at UTC midnight: a Date at UTC midnight is read in UTC, any other in local time.
 */
export function calendarDate(value: Date | string): string {
  if (typeof value === "string") return value.slice(0, 10);
  const utcMidnight = value.getUTCHours() === 0 && value.getUTCMinutes() === 0 && value.getUTCSeconds() === 0;
  if (utcMidnight) return value.toISOString().slice(0, 10);
  const pad = (part: number) => String(part).padStart(2, "0");
  return `${String(value.getFullYear()).padStart(4, "0")}-${pad(value.getMonth() + 1)}-${pad(value.getDate())}`;
}
