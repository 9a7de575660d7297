import { parseArgs } from "node:util";

export const usage = `Usage: npm create aygentic-starter@latest <dir> -- [options]
       create-aygentic-starter <dir> [options]

Options:
  --name <name>         Project name, e.g. "Acme Portal" (default: from <dir>)
  --superuser <email>   First superuser's e-mail (default: admin@<domain>, or admin@example.com)
  --domain <domain>     Domain the stack is served under: api.<domain>, dashboard.<domain> (default: localhost)
  --from <dir>          Copy this working tree of the starter instead of the bundled snapshot
  --install             Run npm ci in the new project (and re-format lines a long name made too long)
  --no-git              Skip git init and the first commit
  -y, --yes             Ask nothing: flags and defaults only
  -h, --help            This help`;

export interface CliFlags {
  readonly dir?: string;
  readonly name?: string;
  readonly superuser?: string;
  readonly domain?: string;
  readonly from?: string;
  readonly install: boolean;
  readonly git: boolean;
  readonly yes: boolean;
  readonly help: boolean;
}

/** The command line as flags; throws on unknown options. */
export function parseFlags(args: readonly string[]): CliFlags {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    allowNegative: true,
    options: {
      name: { type: "string" },
      superuser: { type: "string" },
      domain: { type: "string" },
      from: { type: "string" },
      install: { type: "boolean", default: false },
      git: { type: "boolean", default: true },
      yes: { type: "boolean", short: "y", default: false },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  if (positionals.length > 1) throw new Error(`One target folder expected, got: ${positionals.join(" ")}`);
  return { ...values, dir: positionals[0] } as CliFlags;
}

/** "acme-portal" → "Acme Portal": the default name from the folder name. */
export const nameFromDir = (dir: string): string =>
  (dir.split(/[\\/]/).filter(Boolean).pop() ?? "")
    .split(/[-_\s]+/)
    .filter(Boolean)
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join(" ");

/** The superuser's default address: on the project's domain when it has a real one. */
export const defaultSuperuser = (domain: string): string =>
  domain === "localhost" ? "admin@example.com" : `admin@${domain}`;
