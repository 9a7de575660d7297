import { createInterface, type Interface } from "node:readline/promises";
import { type CliFlags, defaultSuperuser, nameFromDir } from "./options.js";
import { domainProblem, emailProblem, nameProblem } from "./validate.js";

export interface Answers {
  readonly dir: string;
  readonly name: string;
  readonly superuser: string;
  readonly domain: string;
  readonly install: boolean;
}

type Problem = (value: string) => string | null;

const checked = (value: string, problem: Problem): string => {
  const trouble = problem(value);
  if (trouble) throw new Error(trouble);
  return value;
};

async function askUntilValid(terminal: Interface, question: string, fallback: string, problem: Problem) {
  for (;;) {
    const value = (await terminal.question(`${question} (${fallback}): `)).trim() || fallback;
    const trouble = problem(value);
    if (!trouble) return value;
    console.error(trouble);
  }
}

/** The answers: flags as given, the rest asked on the terminal, or defaults with --yes. Invalid flags throw. */
export async function collectAnswers(flags: CliFlags): Promise<Answers> {
  const terminal = flags.yes ? null : createInterface({ input: process.stdin, output: process.stdout });
  const value = async (flag: string | undefined, question: string, fallback: string, problem: Problem) => {
    if (flag !== undefined) return checked(flag, problem);
    return terminal ? askUntilValid(terminal, question, fallback, problem) : checked(fallback, problem);
  };
  try {
    const dir = await value(flags.dir, "Folder", "my-app", (folder) => (folder ? null : "A folder is needed."));
    const name = await value(flags.name, "Project name", nameFromDir(dir), nameProblem);
    const domain = (await value(flags.domain?.toLowerCase(), "Domain", "localhost", domainProblem)).toLowerCase();
    const superuser = await value(flags.superuser, "First superuser e-mail", defaultSuperuser(domain), emailProblem);
    const install =
      flags.install || (terminal !== null && /^y/i.test(await terminal.question("Run npm ci now? (y/N): ")));
    return { dir, name, superuser, domain, install };
  } finally {
    terminal?.close();
  }
}
