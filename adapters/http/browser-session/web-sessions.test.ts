import type { Context } from "koa";
import { describe, expect, it } from "vitest";
import { loadConfig } from "../../config.js";
import { webSessions } from "./web-sessions.js";

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

  it("is Secure outside local, under SESSION_COOKIE_NAME, for the session's remaining lifetime", () => {
    const { cookie } = webSessions(load({ ENVIRONMENT: "staging", SESSION_COOKIE_NAME: "sid" }));
    const headers = headersWritten((ctx) => cookie.set(ctx, "opaque", endsAt, now));
    expect(headers["Set-Cookie"]).toEqual(["sid=opaque; Max-Age=2592000; Path=/; HttpOnly; SameSite=Lax; Secure"]);
    expect(headers["Cache-Control"]).toEqual(["no-store"]);
  });

  it("is not Secure in local, where the app runs on plain http", () => {
    const { cookie } = webSessions(load({ ENVIRONMENT: "local" }));
    const headers = headersWritten((ctx) => cookie.clear(ctx));
    expect(headers["Set-Cookie"]).toEqual(["aygentic_session=; Max-Age=0; Path=/; HttpOnly; SameSite=Lax"]);
  });
});
