import { describe, expect, it } from "vitest";
import { freePort } from "../../mail/testing/free-port.js";
import { exitOf, outputContains, startMain } from "../../testing/main-process.js";

const secrets = [
  "admin-secret-password",
  "a-secret-signing-key",
  "first-secret-password",
  "second-secret-password",
  "third-secret-password",
];

describe("the process log", () => {
  it("never carries a password or a password hash, whatever the requests did", async () => {
    const port = await freePort();
    const child = startMain({
      PORT: String(port),
      LOG_LEVEL: "trace",
      SECRET_KEY: "a-secret-signing-key",
      FIRST_SUPERUSER_PASSWORD: "admin-secret-password",
    });
    const exited = exitOf(child);
    await outputContains(child, "listening on");
    const api = `http://127.0.0.1:${port}/api/v1`;
    const json = (method: string, path: string, body: unknown, token?: string) =>
      fetch(`${api}${path}`, {
        method,
        headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify(body),
      });
    const login = (username: string, password: string) =>
      fetch(`${api}/login/access-token`, { method: "POST", body: new URLSearchParams({ username, password }) });

    const admin = (await (await login("admin@example.com", "admin-secret-password")).json()) as {
      access_token: string;
    };
    const email = "logged@example.com";
    expect((await json("POST", "/users/signup", { email, password: "first-secret-password" })).status).toBe(200);
    expect((await json("POST", "/users/signup", { email, password: "first-secret-password" })).status).toBe(400);
    expect((await login(email, "second-secret-password")).status).toBe(400);
    const user = (await (await login(email, "first-secret-password")).json()) as { access_token: string };
    const change = { current_password: "first-secret-password", new_password: "third-secret-password" };
    expect((await json("PATCH", "/users/me/password", change, user.access_token)).status).toBe(200);
    expect((await fetch(`${api}/password-recovery/${email}`, { method: "POST" })).status).toBe(200);
    const created = { email: "made@example.com", password: "second-secret-password" };
    expect((await json("POST", "/users/", created, admin.access_token)).status).toBe(200);
    expect((await json("POST", "/users/", created, admin.access_token)).status).toBe(400);
    expect((await json("POST", "/private/users/", { ...created, full_name: "x".repeat(300) })).status).toBe(422);

    child.kill("SIGTERM");
    const { code, stdout, stderr } = await exited;
    expect(code).toBe(0);
    const log = `${stdout}\n${stderr}`;
    expect(log).toContain('"status":200');
    expect(log).not.toMatch(/\$argon2|\$2[aby]\$|hashed_password/);
    for (const secret of secrets) expect(log).not.toContain(secret);
  }, 120_000);
});
