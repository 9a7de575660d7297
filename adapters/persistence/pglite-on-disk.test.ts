import { existsSync, readdirSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createKnex, describeDatabase } from "./knex.js";
import { migrateToLatest } from "./migrations.js";
import { ObjectionUserRepository } from "./users/objection-user-repository.js";

describe("the embedded PGlite on disk", () => {
  let root: string;

  beforeEach(async () => {
    root = await mkdtemp(join(tmpdir(), "aygentic-pglite-"));
  });

  afterEach(async () => {
    await rm(root, { recursive: true, force: true });
  });

  // Two fresh PGlite starts (initdb in WebAssembly): seconds on a quiet machine, far more on a loaded one.
  it("creates its data directory on first start and keeps the data across a close and reopen", {
    timeout: 120_000,
  }, async () => {
    const dataDir = join(root, "nested", "pglite");
    const first = createKnex({ kind: "pglite", dataDir });
    expect(describeDatabase(first)).toBe(`embedded PGlite at ${dataDir}`);
    let id: string;
    try {
      await migrateToLatest(first);
      const user = await new ObjectionUserRepository(first).add({
        email: "kept@example.com",
        hashedPassword: "hashed",
        fullName: "Kept",
        isActive: true,
        isSuperuser: false,
      });
      id = user.id;
    } finally {
      await first.destroy();
    }
    expect(readdirSync(dataDir)).toContain("PG_VERSION");

    const second = createKnex({ kind: "pglite", dataDir });
    try {
      await migrateToLatest(second);
      expect(await new ObjectionUserRepository(second).findById(id)).toMatchObject({
        email: "kept@example.com",
        fullName: "Kept",
      });
    } finally {
      await second.destroy();
    }
    expect(existsSync(dataDir)).toBe(true);
  });
});
