import { readFileSync } from "node:fs";

/** Reads a dotenv file (KEY=value, # comments, optional single or double quotes) into an ordered map. */
export function readEnvFile(path: string): Map<string, string> {
  const env = new Map<string, string>();
  for (const raw of readFileSync(path, "utf8").split("\n")) {
    const line = raw.trim();
    if (line === "" || line.startsWith("#")) continue;
    const match = /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/.exec(line);
    if (!match) throw new Error(`${path}: not a KEY=value line: ${line}`);
    const [, key, value] = match as unknown as [string, string, string];
    if (env.has(key)) throw new Error(`${path}: ${key} is defined twice`);
    env.set(key, unquote(value));
  }
  return env;
}

function unquote(value: string): string {
  const quoted = /^(["'])(.*)\1$/.exec(value);
  return quoted ? (quoted[2] as string) : value;
}
