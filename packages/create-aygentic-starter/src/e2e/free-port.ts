import { createServer } from "node:net";

/**
 * A TCP port on 127.0.0.1 that the OS just reported free, for the created project's servers. The creator's tests
 * keep their own helper: they test the project from outside and must not reach into the app they package.
 */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}
