import { once } from "node:events";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import Koa, { type Middleware } from "koa";
import helmet from "koa-helmet";
import { afterEach, describe, expect, it } from "vitest";
import { securityHeaders } from "./security-headers.js";

const options = {
  contentSecurityPolicy: { directives: { defaultSrc: ["'self'"], frameAncestors: ["'none'"] } },
  frameguard: { action: "deny" as const },
  referrerPolicy: { policy: "strict-origin-when-cross-origin" as const },
  strictTransportSecurity: { maxAge: 31_536_000, includeSubDomains: true },
};

const servers: ReturnType<typeof createServer>[] = [];
afterEach(() => {
  for (const server of servers.splice(0)) server.close();
});

async function headersServedBy(middleware: Middleware): Promise<Record<string, string>> {
  const app = new Koa();
  app.use(middleware);
  app.use((ctx) => {
    ctx.body = "ok";
  });
  const server = createServer(app.callback()).listen(0, "127.0.0.1");
  servers.push(server);
  await once(server, "listening");
  const response = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
  const headers = Object.fromEntries(response.headers);
  delete headers.date;
  return headers;
}

describe("security headers recorded from helmet once", () => {
  it("are exactly the headers koa-helmet sets when it runs for the request", async () => {
    const live = await headersServedBy(helmet(options));
    const recorded = await headersServedBy(securityHeaders(options));
    expect(recorded).toEqual(live);
    expect(recorded["content-security-policy"]).toContain("frame-ancestors 'none'");
  });
});
