/** A run of lines the generator added to a file, and the original line it sits before (null: the end). */
export interface InsertedLines {
  readonly lines: readonly string[];
  readonly before: string | null;
}

/**
 * The runs of lines `after` adds to `before`, when `after` only adds lines (a longest common subsequence);
 * throws when a line of `before` is missing from `after`, since removing the runs could not restore it.
 */
export function insertedLines(before: string, after: string): InsertedLines[] {
  const a = before.split("\n");
  const b = after.split("\n");
  // common[i][j]: length of the longest common subsequence of a[i..] and b[j..].
  const common = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i -= 1) {
    for (let j = b.length - 1; j >= 0; j -= 1) {
      common[i]![j] = a[i] === b[j] ? common[i + 1]![j + 1]! + 1 : Math.max(common[i + 1]![j]!, common[i]![j + 1]!);
    }
  }
  if (common[0]![0] !== a.length) throw new Error("the file lost or changed a line, not only gained some");
  const runs: InsertedLines[] = [];
  let current: string[] = [];
  let i = 0;
  for (let j = 0; j < b.length; j += 1) {
    if (i < a.length && a[i] === b[j] && common[i]![j] === common[i + 1]![j + 1]! + 1) {
      if (current.length > 0) runs.push({ lines: current, before: a[i] ?? null });
      current = [];
      i += 1;
    } else {
      current.push(b[j] ?? "");
    }
  }
  if (current.length > 0) runs.push({ lines: current, before: null });
  return runs;
}

const indexesOf = (lines: readonly string[], run: readonly string[]): number[] => {
  const found: number[] = [];
  for (let start = 0; start + run.length <= lines.length; start += 1) {
    if (run.every((line, offset) => lines[start + offset] === line)) found.push(start);
  }
  return found;
};

/** `text` without the inserted runs: each found before its original next line, or else found exactly once. */
export function withoutInsertedLines(text: string, runs: readonly InsertedLines[]): string {
  let lines = text.split("\n");
  for (const run of runs) {
    const withAnchor = run.before === null ? run.lines : [...run.lines, run.before];
    let starts = indexesOf(lines, withAnchor);
    if (run.before === null) starts = starts.filter((start) => start + run.lines.length === lines.length);
    if (starts.length !== 1) starts = indexesOf(lines, run.lines);
    if (starts.length !== 1) {
      throw new Error(`cannot find exactly one place of the lines:\n${run.lines.join("\n")}`);
    }
    const start = starts[0] ?? 0;
    lines = [...lines.slice(0, start), ...lines.slice(start + run.lines.length)];
  }
  return lines.join("\n");
}
