import { connect } from "node:net";
import { describe, expect, it } from "vitest";
import { freePort } from "./mail/testing/free-port.js";
import { exitOf, outputContains, socketReceived, startMain as start } from "./testing/main-process.js";

describe("the process entry point", () => {
  it("refuses to start outside local with a default secret, naming it", async () => {
    const result = await exitOf(start({ ENVIRONMENT: "production", FIRST_SUPERUSER_PASSWORD: "a-real-password" }));
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("SECRET_KEY");
    expect(result.stderr).not.toContain("FIRST_SUPERUSER_PASSWORD");
  }, 120_000);

  it("runs only the prestart step with the prestart argument", async () => {
    const result = await exitOf(start({}, ["prestart"]));
    expect(result.code).toBe(0);
    expect(result.stdout).not.toContain("listening");
  }, 120_000);

  it("finishes an in-flight request on SIGTERM, then exits 0", async () => {
    const port = await freePort();
    const child = start({ PORT: String(port) });
    const exited = exitOf(child);
    await outputContains(child, "listening on");

    const socket = connect(port, "127.0.0.1");
    const body = "username=admin%40example.com&password=changethis";
    const head = [
      "POST /api/v1/login/access-token HTTP/1.1",
      "Host: 127.0.0.1",
      "Content-Type: application/x-www-form-urlencoded",
      `Content-Length: ${body.length}`,
      "Expect: 100-continue",
      "",
      "",
    ].join("\r\n");
    const continued = socketReceived(socket, "100 Continue");
    socket.write(head);
    await continued;

    const shuttingDown = outputContains(child, "shutting down");
    child.kill("SIGTERM");
    await shuttingDown;
    const answered = socketReceived(socket, "access_token");
    socket.write(body);
    const response = await answered;
    expect(response).toMatch(/HTTP\/1\.1 200 OK/);
    socket.destroy();

    const result = await exited;
    expect(result.code).toBe(0);
  }, 120_000);
});
