import { createServer } from "node:http";
import { listenOn } from "../net/listen-on.js";

export interface MetricsServer {
  /** e.g. http://127.0.0.1:9464/metrics */
  readonly url: string;
  close(): Promise<void>;
}

/** What the listener serves: a registry, or the cluster primary's sum of its workers' registries. */
export interface MetricsSource {
  readonly contentType: string;
  metrics(): Promise<string>;
}

/** `GET /metrics` in the Prometheus text format on a listener of its own, kept off the public port. */
export async function serveMetrics(registry: MetricsSource, host: string, port: number): Promise<MetricsServer> {
  const server = createServer((request, response) => {
    const path = request.url?.split("?")[0];
    if (request.method !== "GET" || path !== "/metrics") {
      response.writeHead(404, { "content-type": "text/plain" }).end("Not Found\n");
      return;
    }
    registry.metrics().then(
      (text) => response.writeHead(200, { "content-type": registry.contentType }).end(text),
      () => response.writeHead(500, { "content-type": "text/plain" }).end("metrics collection failed\n"),
    );
  });
  const base = await listenOn(server, host, port);
  return {
    url: `${base}/metrics`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
