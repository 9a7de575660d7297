import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { readSnapshot, writeSnapshot } from "./snapshot.js";

describe("snapshot", () => {
  let dir = "";
  afterAll(() => rm(dir, { recursive: true, force: true }));

  test("gives back the files, dotfiles, lock file, modes and binary content it was given", async () => {
    dir = await mkdtemp(join(tmpdir(), "snapshot-"));
    const files = [
      { path: ".gitignore", mode: 0o644, content: Buffer.from("node_modules/\n.env\n") },
      { path: "package-lock.json", mode: 0o644, content: Buffer.from("{}\n") },
      { path: ".ci/run", mode: 0o755, content: Buffer.from("#!/usr/bin/env bash\n") },
      { path: "docs/logo.png", mode: 0o644, content: Buffer.from([0, 255, 1, 254]) },
    ];
    await writeSnapshot(join(dir, "template.json.gz"), files);
    expect(await readSnapshot(join(dir, "template.json.gz"))).toEqual(files);
  });
});
