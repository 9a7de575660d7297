const pad = (part: number) => String(part).padStart(2, "0");

/** An ISO instant as a `datetime-local` input shows it: the browser's local time, to the minute. */
export const toDatetimeLocal = (iso: string): string => {
  const date = new Date(iso);
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
};

/** A `datetime-local` input's value (local time) as an ISO instant. */
export const fromDatetimeLocal = (value: string): string => new Date(value).toISOString();
