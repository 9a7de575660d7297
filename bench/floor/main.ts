import { createServer, type IncomingMessage } from "node:http";
import pg from "pg";
import { floorHandlers, type Reply } from "./floor-handlers.js";

/**
 * The floor: a minimal node:http + pg server doing the same work as the app for the benchmarked endpoints and
 * nothing else (no framework, validation library, logging, security headers or compression). Env: PORT, HOST,
 * DATABASE_URL, SECRET_KEY, POOL_SIZE (default 10, knex's default maximum).
 */
const pool = new pg.Pool({
  connectionString: process.env.DATABASE_URL,
  max: Number(process.env.POOL_SIZE ?? 10),
});
const handlers = floorHandlers(pool, process.env.SECRET_KEY ?? "changethis");

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let body = "";
    req.setEncoding("utf8");
    req.on("data", (chunk: string) => {
      body += chunk;
    });
    req.on("end", () => resolve(body));
    req.on("error", reject);
  });
}

async function route(req: IncomingMessage): Promise<Reply> {
  const url = new URL(req.url ?? "/", "http://floor");
  const path = url.pathname.replace(/\/+$/, "");
  const key = `${req.method} ${path}`;
  if (key === "GET /api/v1/utils/health-check") return handlers.health();
  if (key === "POST /api/v1/login/access-token") return handlers.login(await readBody(req));
  if (key === "GET /api/v1/users/me") return handlers.me(req);
  if (key === "GET /api/v1/items") return handlers.listItems(req, url.searchParams);
  if (key === "POST /api/v1/items") return handlers.createItem(req, await readBody(req));
  return [404, { detail: "Not Found" }];
}

const server = createServer((req, res) => {
  route(req)
    .catch((): Reply => [500, { detail: "Internal Server Error" }])
    .then(([status, body]) => {
      const json = JSON.stringify(body);
      res.writeHead(status, { "content-type": "application/json", "content-length": Buffer.byteLength(json) });
      res.end(json);
    });
});

server.listen(Number(process.env.PORT ?? 8100), process.env.HOST ?? "127.0.0.1", () => {
  process.stdout.write(`floor listening on ${process.env.PORT ?? 8100}\n`);
});
const stop = () => server.close(() => void pool.end().then(() => process.exit(0)));
process.once("SIGTERM", stop);
process.once("SIGINT", stop);
