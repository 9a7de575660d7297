import { resolve } from "node:path";
import { collectAnswers } from "./answers.js";
import { createProject } from "./create-project.js";
import { parseFlags, usage } from "./options.js";
import { isSpecialUse } from "./validate.js";

const specialUseWarning = (email: string): string =>
  `Note: ${email} is on a special-use domain. The app seeds and logs in this superuser, but its API refuses such ` +
  "addresses in forms (profile e-mail, new users): use a real domain before going live.";

/** `create-aygentic-starter <dir> [options]`: the exit code. */
export async function main(args: readonly string[]): Promise<number> {
  const flags = parseFlags(args);
  if (flags.help) {
    console.log(usage);
    return 0;
  }
  const answers = await collectAnswers(flags);
  if (isSpecialUse(answers.superuser)) console.warn(specialUseWarning(answers.superuser));
  const target = resolve(answers.dir);
  const created = await createProject({
    target,
    ...answers,
    from: flags.from === undefined ? undefined : resolve(flags.from),
    git: flags.git,
    log: (line) => console.log(line),
  });
  if (created.git === "no-git") console.warn("git was not found: no repository was created (run git init yourself).");
  if (created.git === "failed") console.warn("git init or the first commit failed: create the repository yourself.");
  if (created.git === "committed") console.log("Created a git repository with a first commit.");
  if (created.overflowing.length > 0) {
    console.warn(
      `The name made ${created.overflowing.length} lines too long for the formatter: run npm run format after npm ci.`,
    );
  }
  const steps = [`cd ${answers.dir}`, ...(created.installed ? [] : ["npm ci"]), "npm start"];
  console.log(`\nDone. Next steps:\n${steps.map((step) => `  ${step}`).join("\n")}\n`);
  console.log(`Log in as ${answers.superuser}; the password is FIRST_SUPERUSER_PASSWORD in ${answers.dir}/.env.`);
  return 0;
}
