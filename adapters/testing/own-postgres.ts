import { execFile } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { chown, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { freePort } from "../mail/testing/free-port.js";

const run = promisify(execFile);

/** Where initdb and pg_ctl live: PG_BIN, else the newest Debian/Ubuntu `/usr/lib/postgresql/<version>/bin`. */
export const postgresBin = process.env.PG_BIN ?? newestDebianBin();

function newestDebianBin(): string {
  const root = "/usr/lib/postgresql";
  const versions = existsSync(root) ? readdirSync(root).filter((name) => /^\d+$/.test(name)) : [];
  const newest = versions.sort((a, b) => Number(b) - Number(a))[0] ?? "15";
  return join(root, newest, "bin");
}

/** True when this machine can start a PostgreSQL server of its own. */
export const canRunOwnPostgres = (): boolean =>
  existsSync(join(postgresBin, "initdb")) && existsSync(join(postgresBin, "pg_ctl"));

/** A throw-away PostgreSQL server in a temporary folder, on its own port on 127.0.0.1, trust auth. */
export interface OwnPostgres {
  readonly url: string;
  start(): Promise<void>;
  /** `pg_ctl stop -m fast`: open connections are terminated (SQLSTATE 57P01), new ones refused. */
  stop(): Promise<void>;
  destroy(): Promise<void>;
}

// PostgreSQL refuses to run as root: when the tests run as root, the server runs as the `postgres` user.
const asServerUser = (command: string, args: string[]) =>
  process.getuid?.() === 0 ? run("runuser", ["-u", "postgres", "--", command, ...args]) : run(command, args);

/** initdb a new cluster in a temporary folder and start it. */
export async function startOwnPostgres(): Promise<OwnPostgres> {
  if (!canRunOwnPostgres()) throw new Error(`initdb/pg_ctl not found in ${postgresBin} (set PG_BIN)`);
  const dir = await mkdtemp(join(tmpdir(), "aygentic-own-pg-"));
  if (process.getuid?.() === 0) await chown(dir, ...(await postgresIds()));
  const data = join(dir, "data");
  const port = await freePort();
  await asServerUser(join(postgresBin, "initdb"), ["-D", data, "-A", "trust", "-U", "postgres", "--no-sync"]);
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=on`;
  const pgCtl = (...args: string[]) => asServerUser(join(postgresBin, "pg_ctl"), ["-D", data, ...args]);
  let running = false;
  const server: OwnPostgres = {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    start: async () => {
      await pgCtl("-o", options, "-l", join(dir, "server.log"), "-w", "start");
      running = true;
    },
    stop: async () => {
      await pgCtl("-m", "fast", "-w", "stop");
      running = false;
    },
    destroy: async () => {
      if (running) await server.stop().catch(() => undefined);
      await rm(dir, { recursive: true, force: true });
    },
  };
  await server.start();
  return server;
}

async function postgresIds(): Promise<[number, number]> {
  const { stdout } = await run("id", ["postgres"]);
  const uid = Number(/uid=(\d+)/.exec(stdout)?.[1]);
  const gid = Number(/gid=(\d+)/.exec(stdout)?.[1]);
  if (!Number.isInteger(uid) || !Number.isInteger(gid))
    throw new Error(`cannot read the postgres user's ids: ${stdout}`);
  return [uid, gid];
}
