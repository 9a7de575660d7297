/** What no response body may contain: stack traces, SQL and driver errors, password hashes, internal paths. */
const leaks: [string, RegExp][] = [
  ["a stack trace", /\n\s+at\s|\bat [\w.<>]+ \(\S+:\d+:\d+\)/],
  ["a file path", /node_modules|\/adapters\/|\/core\/|\.ts:\d+/],
  ["a password hash", /\$argon2(id|i|d)\$|\$2[aby]\$\d\d\$|hashed_password/],
  ["SQL", /\b(select|insert|update|delete)\b[^"]{0,80}\b(from|into|set|where)\b|\bSQLSTATE\b|syntax error at or near/i],
  ["a driver error", /\bviolates\b.*constraint|\bknex\b|\bpg_\w+|ECONNREFUSED|duplicate key/i],
];

/** The names of the leaks found in a response body (empty when clean). */
export function leaksIn(body: string): string[] {
  return leaks.filter(([, pattern]) => pattern.test(body)).map(([name]) => name);
}
