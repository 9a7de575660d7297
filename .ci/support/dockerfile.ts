import { readFileSync } from "node:fs";

/** One instruction of a Dockerfile: its keyword (upper case) and the rest of the (joined) line. */
export type Instruction = { keyword: string; args: string };

/** A build stage: the FROM image (or earlier stage), its name, and its instructions after FROM. */
export type Stage = { from: string; name: string | undefined; instructions: Instruction[] };

/** Splits a Dockerfile into stages (comments dropped, backslash continuations joined). */
export function readDockerfile(path: string): Stage[] {
  const lines = readFileSync(path, "utf8")
    .split("\n")
    .filter((line) => !line.trimStart().startsWith("#"));
  const joined = lines.join("\n").replace(/\\\n/g, " ");
  const stages: Stage[] = [];
  for (const line of joined.split("\n")) {
    const match = /^\s*([A-Za-z]+)\s+(.*)$/.exec(line);
    if (!match) continue;
    const keyword = (match[1] as string).toUpperCase();
    const args = (match[2] as string).replace(/\s+/g, " ").trim();
    if (keyword === "FROM") {
      const [from, as, name] = args.replace(/--platform=\S+\s*/, "").split(" ");
      stages.push({ from: from as string, name: as?.toUpperCase() === "AS" ? name : undefined, instructions: [] });
    } else {
      const stage = stages.at(-1);
      if (!stage) throw new Error(`${path}: ${keyword} before the first FROM`);
      stage.instructions.push({ keyword, args });
    }
  }
  return stages;
}

/** The arguments of every instruction with this keyword in a stage. */
export function argsOf(stage: Stage, keyword: string): string[] {
  return stage.instructions.filter((instruction) => instruction.keyword === keyword).map(({ args }) => args);
}

/** The exec-form array of a CMD/ENTRYPOINT/HEALTHCHECK CMD argument, or null for the shell form. */
export function execForm(args: string): string[] | null {
  const start = args.indexOf("[");
  if (start < 0) return null;
  return JSON.parse(args.slice(start)) as string[];
}
