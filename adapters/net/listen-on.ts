import type { Server } from "node:http";
import type { AddressInfo } from "node:net";

/** Starts `server` listening on host:port (port 0 = any free port); resolves with its base URL. */
export async function listenOn(server: Server, host: string, port: number): Promise<string> {
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const urlHost = address.family === "IPv6" ? `[${address.address}]` : address.address;
  return `http://${urlHost}:${address.port}`;
}
