import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { mkdtempSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import type { Knex } from "knex";
import pg from "pg";
import { afterEach, describe, expect, test } from "vitest";
import { createKnex } from "../adapters/persistence/knex.js";
import { migrateToLatest, migrationSource } from "../adapters/persistence/migrations.js";
import { only, render } from "./support/kustomize.js";

const server = process.env.TEST_DATABASE_URL;
const script = resolve("deploy/k8s/base/wait-for-migrations.mjs");
const tsx = pathToFileURL(resolve("node_modules/tsx/dist/esm/index.mjs")).href;

test("the API pods wait in an init container that runs this script in the image's working directory", () => {
  const [wait] = only(render("overlays/production"), "Deployment", "api").spec.template.spec.initContainers;
  expect(wait.command).toEqual(["node", `/scripts/${script.split("/").at(-1)}`]);
  expect(wait.workingDir).toBeUndefined();
});

// The script runs against dist/ in the image; here a folder whose dist/ is the repository, TypeScript through tsx.
function startWaiting(url: string): { child: ChildProcess; output: () => string } {
  const app = mkdtempSync(join(tmpdir(), "aygentic-wait-"));
  symlinkSync(resolve("."), join(app, "dist"));
  const child = spawn(process.execPath, ["--import", tsx, script], {
    cwd: app,
    env: { PATH: process.env.PATH, DATABASE_URL: url, WAIT_POLL_MS: "50", LOG_LEVEL: "silent" },
  });
  child.on("exit", () => rmSync(app, { recursive: true, force: true }));
  let output = "";
  child.stdout?.on("data", (chunk) => {
    output += chunk;
  });
  child.stderr?.on("data", (chunk) => {
    output += chunk;
  });
  return { child, output: () => output };
}

async function until(condition: () => Promise<boolean> | boolean): Promise<void> {
  while (!(await condition())) await new Promise((done) => setTimeout(done, 25));
}

async function onServer(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: server });
  await client.connect();
  await client.query(sql).finally(() => client.end());
}

if (server)
  describe("migrations on Kubernetes (PostgreSQL)", () => {
    const name = `aygentic_k8s_${process.pid}`;
    const url = Object.assign(new URL(server), { pathname: `/${name}` }).toString();
    const opened: Knex[] = [];
    const open = () => {
      const knex = createKnex({ kind: "postgres", url });
      opened.push(knex);
      return knex;
    };
    const children: ChildProcess[] = [];

    afterEach(async () => {
      for (const child of children.splice(0)) child.kill();
      await Promise.all(opened.splice(0).map((knex) => knex.destroy()));
      await onServer(`drop database if exists "${name}" with (force)`);
    });

    test("the init container waits, read-only, until the Job has recorded every migration", async () => {
      await onServer(`create database "${name}"`);
      const waiting = startWaiting(url);
      children.push(waiting.child);
      const shipped = (await migrationSource.getMigrations([])).length;
      await until(() => waiting.output().includes(`${shipped} of ${shipped} migrations pending`));
      const job = open();
      expect(await job.schema.hasTable("knex_migrations")).toBe(false);
      await migrateToLatest(job);
      const [code] = await once(waiting.child, "exit");
      expect(code).toBe(0);
      expect(waiting.output()).toContain(`all ${shipped} migrations are recorded`);
      expect(waiting.output()).not.toContain("waiting for the database");
    });

    test("an API pod's own prestart waits for the Job's migration lock, then finds nothing left to do", async () => {
      await onServer(`create database "${name}"`);
      const job = open();
      await migrateToLatest(job);
      const lock = await job.transaction();
      await lock("knex_migrations_lock").update({ is_locked: 1 });
      const api = migrateToLatest(open());
      await until(async () => {
        const { rows } = await job.raw(
          "select count(*)::int as n from pg_stat_activity where datname = ? and wait_event_type = 'Lock'",
          [name],
        );
        return rows[0].n > 0;
      });
      await lock("knex_migrations_lock").update({ is_locked: 0 });
      await lock.commit();
      await expect(api).resolves.toBeUndefined();
      expect(await job("knex_migrations").max("batch as batch")).toEqual([{ batch: 1 }]);
    });
  });
