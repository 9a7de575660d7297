import { output, run } from "./run-command.js";

export type GitOutcome = "committed" | "no-git" | "failed";

/**
 * `git init` and a first commit of everything (`.env` stays out: the template's .gitignore lists it).
 * Without a configured identity, the commit is authored as the project so it still succeeds.
 */
export function initialCommit(dir: string, author: { name: string; email: string }): GitOutcome {
  if (output("git", ["--version"], dir) === null) return "no-git";
  const identity = output("git", ["config", "user.email"], dir)
    ? []
    : ["-c", `user.name=${author.name}`, "-c", `user.email=${author.email}`];
  const ok =
    run("git", ["init", "--quiet", "--initial-branch=main"], dir, true) &&
    run("git", ["add", "--all"], dir, true) &&
    run(
      "git",
      [...identity, "commit", "--quiet", "--no-verify", "-m", "Start from create-aygentic-starter"],
      dir,
      true,
    );
  return ok ? "committed" : "failed";
}
