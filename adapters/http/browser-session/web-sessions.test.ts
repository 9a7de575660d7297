import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Context } from "koa";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../config.js";
import { allowedOrigins, webSessions } from "./web-sessions.js";

const load = (env: Record<string, string>) =>
  loadConfig(
    { SECRET_KEY: "a-signing-key-of-at-least-32-chars", FIRST_SUPERUSER_PASSWORD: "a-real-pass", ...env },
    {
      envFile: null,
    },
  );

function headersWritten(write: (ctx: Context) => void): Record<string, string[]> {
  const headers: Record<string, string[]> = {};
  const ctx = {
    append: (name: string, value: string) => {
      headers[name] = [...(headers[name] ?? []), value];
    },
    set: (name: string, value: string) => {
      headers[name] = [value];
    },
  } as unknown as Context;
  write(ctx);
  return headers;
}

describe("the session cookie's attributes", () => {
  const endsAt = new Date("2026-01-31T00:00:00Z");
  const now = new Date("2026-01-01T00:00:00Z");

  it("is Secure and __Host- prefixed outside local, under SESSION_COOKIE_NAME, for the session's lifetime", () => {
    const { cookie } = webSessions(load({ ENVIRONMENT: "staging", SESSION_COOKIE_NAME: "sid" }));
    const headers = headersWritten((ctx) => cookie.set(ctx, "opaque", endsAt, now));
    expect(headers["Set-Cookie"]).toEqual([
      "__Host-sid=opaque; Max-Age=2592000; Path=/; HttpOnly; SameSite=Lax; Secure",
    ]);
    expect(webSessions(load({ ENVIRONMENT: "production" })).cookie.name).toBe("__Host-aygentic_session");
    expect(headers["Cache-Control"]).toEqual(["no-store"]);
  });

  it("is not Secure in local, where the app runs on plain http", () => {
    const { cookie } = webSessions(load({ ENVIRONMENT: "local" }));
    const headers = headersWritten((ctx) => cookie.clear(ctx));
    expect(headers["Set-Cookie"]).toEqual(["aygentic_session=; Max-Age=0; Path=/; HttpOnly; SameSite=Lax"]);
  });
});

describe("the origins allowed to send cookie requests", () => {
  let dist: string;
  beforeAll(async () => {
    dist = await mkdtemp(join(tmpdir(), "aygentic-spa-"));
    await writeFile(join(dist, "index.html"), "<!doctype html>");
  });
  afterAll(() => rm(dist, { recursive: true, force: true }));

  const configured = { FRONTEND_HOST: "https://dashboard.example.com", BACKEND_CORS_ORIGINS: "https://a.example.com" };

  it("are the CORS list and FRONTEND_HOST outside local, whether or not the SPA is served here", () => {
    const expected = ["https://a.example.com", "https://dashboard.example.com"];
    expect(allowedOrigins(load({ ...configured, ENVIRONMENT: "staging", WEB_DIST: dist }))).toEqual(expected);
    expect(allowedOrigins(load({ ...configured, ENVIRONMENT: "local", WEB_DIST: join(dist, "none") }))).toEqual(
      expected,
    );
  });

  it("add this process's configured address in local when it serves the SPA (npm start on localhost)", () => {
    const origins = allowedOrigins(load({ ...configured, ENVIRONMENT: "local", WEB_DIST: dist, PORT: "8123" }));
    expect(origins).toEqual(expect.arrayContaining(["http://localhost:8123", "http://127.0.0.1:8123"]));
  });
});
