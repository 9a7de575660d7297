import { createServer, type IncomingHttpHeaders, request } from "node:http";
import type { AddressInfo } from "node:net";

/** What the proxy did: requests answered by a replica, attempts moved to the next one, requests it had to fail. */
export interface ProxyStats {
  forwarded: number;
  retried: number;
  failed: number;
}

export interface RoundRobinProxy {
  readonly url: string;
  readonly stats: ProxyStats;
  close(): Promise<void>;
}

// Only failures that prove the replica never saw the request move it on: a refused connection (its listener is
// closed: it is draining or gone) or a reset before any response byte. Both are safe to retry, even for a POST.
const retryable = new Set(["ECONNREFUSED", "ECONNRESET", "EPIPE"]);

interface Upstream {
  readonly status: number;
  readonly headers: IncomingHttpHeaders;
  readonly body: Buffer;
}

function forward(target: string, method: string, path: string, headers: IncomingHttpHeaders, body: Buffer) {
  return new Promise<Upstream>((resolve, reject) => {
    // A fresh connection per request (no keep-alive): a draining replica then refuses instead of resetting.
    const outgoing = request(new URL(path, target), { method, headers, agent: false }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () =>
        resolve({ status: response.statusCode ?? 502, headers: response.headers, body: Buffer.concat(chunks) }),
      );
      response.on("error", reject);
    });
    outgoing.on("error", reject);
    outgoing.end(body);
  });
}

/** A round-robin HTTP proxy on 127.0.0.1 in front of `targets`, moving a request on to the next one when refused. */
export async function startRoundRobinProxy(targets: readonly string[]): Promise<RoundRobinProxy> {
  const stats: ProxyStats = { forwarded: 0, retried: 0, failed: 0 };
  let next = 0;
  const server = createServer(async (incoming, outgoing) => {
    const chunks: Buffer[] = [];
    for await (const chunk of incoming) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks);
    const { host: _host, ...headers } = { ...incoming.headers, connection: "close" };
    const first = next++;
    for (let attempt = 0; attempt < targets.length; attempt += 1) {
      const target = targets[(first + attempt) % targets.length] as string;
      try {
        const answer = await forward(target, incoming.method ?? "GET", incoming.url ?? "/", headers, body);
        stats.forwarded += 1;
        outgoing.writeHead(answer.status, { ...answer.headers, connection: "close" }).end(answer.body);
        return;
      } catch (error) {
        if (!retryable.has((error as { code?: string }).code ?? "")) break;
        stats.retried += 1;
      }
    }
    stats.failed += 1;
    outgoing.writeHead(502, { "content-type": "application/json" }).end('{"detail":"Bad Gateway"}');
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    stats,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
