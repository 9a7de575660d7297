const plain = /^[A-Za-z0-9_.@:/+=-]*$/;

/** A value as dotenv and Docker Compose both read it back unchanged. */
const quoted = (value: string): string => (plain.test(value) ? value : `"${value.replace(/(["\\$])/g, "\\$1")}"`);

/**
 * The `.env.example` text with the given keys set, comments and order kept; keys the example lacks are appended.
 * Only the first `KEY=` line of a key is set.
 */
export function withEnvValues(example: string, values: Readonly<Record<string, string>>): string {
  const pending = new Map(Object.entries(values));
  const lines = example.split("\n").map((line) => {
    const key = /^([A-Z0-9_]+)=/.exec(line)?.[1];
    if (key === undefined || !pending.has(key)) return line;
    const value = pending.get(key) as string;
    pending.delete(key);
    return `${key}=${quoted(value)}`;
  });
  const appended = [...pending].map(([key, value]) => `${key}=${quoted(value)}`);
  const body = lines.join("\n").replace(/\n*$/, "\n");
  return appended.length === 0 ? body : `${body}${appended.join("\n")}\n`;
}

/** The value of a key in a `.env` text, unquoted, or undefined. */
export function readEnvValue(text: string, key: string): string | undefined {
  const raw = new RegExp(`^${key}=(.*)$`, "m").exec(text)?.[1];
  if (raw === undefined) return undefined;
  const match = /^"(.*)"$/.exec(raw);
  return match ? (match[1] ?? "").replace(/\\(["\\$])/g, "$1") : raw;
}
