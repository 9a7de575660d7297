import { connect, type Socket } from "node:net";
import { describe, expect, it } from "vitest";
import { freePort } from "../../mail/testing/free-port.js";
import { exitOf, outputContains, socketReceived, startMain } from "../../testing/main-process.js";

const body = "username=admin%40example.com&password=changethis";

/** A login whose headers the server has accepted (it answered 100 Continue) and whose body is still to come. */
async function acceptedLogin(port: number): Promise<Socket> {
  const socket = connect(port, "127.0.0.1");
  const continued = socketReceived(socket, "100 Continue");
  socket.write(
    [
      "POST /api/v1/login/access-token HTTP/1.1",
      "Host: 127.0.0.1",
      "Content-Type: application/x-www-form-urlencoded",
      `Content-Length: ${body.length}`,
      "Expect: 100-continue",
      "",
      "",
    ].join("\r\n"),
  );
  await continued;
  return socket;
}

describe("graceful shutdown", () => {
  it("finishes every in-flight request after SIGTERM, queued behind the bounded hasher, then exits 0", async () => {
    const port = await freePort();
    // One hash at a time: the four logins queue, so the shutdown has to wait for several of them.
    const child = startMain({ PORT: String(port), PASSWORD_HASH_CONCURRENCY: "1" });
    const exited = exitOf(child);
    await outputContains(child, "listening on");

    const sockets = await Promise.all(Array.from({ length: 4 }, () => acceptedLogin(port)));
    const shuttingDown = outputContains(child, "shutting down");
    child.kill("SIGTERM");
    await shuttingDown;

    const answers = sockets.map((socket) => socketReceived(socket, "access_token"));
    for (const socket of sockets) socket.write(body);
    const responses = await Promise.all(answers);
    for (const response of responses) expect(response).toMatch(/HTTP\/1\.1 200 OK/);
    for (const socket of sockets) socket.destroy();

    const result = await exited;
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("stopped");
  }, 120_000);
});
