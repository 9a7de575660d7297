const FIELD_RANGES = [
  [0, 59],
  [0, 23],
  [1, 31],
  [1, 12],
  [0, 6],
] as const;

function fieldMatches(field: string, value: number, [min, max]: readonly [number, number]): boolean {
  return field.split(",").some((part) => {
    const [range = "*", stepText] = part.split("/");
    const step = stepText === undefined ? 1 : Number(stepText);
    const [from, to] = range === "*" ? [min, max] : range.split("-").map(Number).concat(Number(range)).slice(0, 2);
    const low = from ?? min;
    const high = range.includes("-") || range === "*" ? (to ?? max) : low;
    return value >= low && value <= high && (value - low) % step === 0;
  });
}

/** Whether a five-field cron expression (numbers, ranges, lists, steps, `*`) names this UTC minute. */
export function cronMatches(cron: string, at: Date): boolean {
  const fields = cron.trim().split(/\s+/);
  if (fields.length !== 5) throw new Error(`not a five-field cron expression: ${cron}`);
  const values = [at.getUTCMinutes(), at.getUTCHours(), at.getUTCDate(), at.getUTCMonth() + 1, at.getUTCDay()];
  return fields.every((field, index) => fieldMatches(field, values[index] ?? 0, FIELD_RANGES[index] ?? [0, 0]));
}
