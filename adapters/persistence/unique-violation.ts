const UNIQUE_VIOLATION = "23505";

/** True when `error` (or the driver error Objection wrapped in it) is a unique violation (of `constraint`, if given). */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  let current = error;
  for (let depth = 0; depth < 3 && typeof current === "object" && current !== null; depth += 1) {
    const {
      code,
      constraint: name,
      nativeError,
    } = current as { code?: unknown; constraint?: unknown; nativeError?: unknown };
    if (code === UNIQUE_VIOLATION && (constraint === undefined || name === constraint)) return true;
    current = nativeError;
  }
  return false;
}
