import { createServer, type Server } from "node:http";
import type { Duplex } from "node:stream";
import type Koa from "koa";
import { listenOn } from "../../net/listen-on.js";

export interface RunningServer {
  readonly server: Server;
  /** The base URL, e.g. http://127.0.0.1:8000 */
  readonly url: string;
  /** Stops accepting connections, lets in-flight requests finish (at most `graceMs`), then resolves. */
  close(graceMs?: number): Promise<void>;
}

const statusText: Record<number, string> = {
  400: "Bad Request",
  408: "Request Timeout",
  413: "Request Entity Too Large",
  431: "Request Header Fields Too Large",
};

const statusByCode: Record<string, number> = {
  HPE_HEADER_OVERFLOW: 431,
  ERR_HTTP_REQUEST_TIMEOUT: 408,
  HPE_CHUNK_EXTENSIONS_OVERFLOW: 413,
};

/** Requests Node's parser refuses (oversized headers or URL, broken HTTP) get a JSON detail like every other error. */
function answerClientError(error: Error & { code?: string }, socket: Duplex): void {
  if (!socket.writable || (socket as Duplex & { _httpMessage?: unknown })._httpMessage) {
    socket.destroy();
    return;
  }
  const status = statusByCode[error.code ?? ""] ?? 400;
  const body = JSON.stringify({ detail: statusText[status] });
  socket.end(
    `HTTP/1.1 ${status} ${statusText[status]}\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
  );
}

/** Listens with the app on host:port (port 0 = any free port). */
export async function listen(app: Koa, host: string, port: number): Promise<RunningServer> {
  const server = createServer(app.callback());
  server.keepAliveTimeout = 65_000;
  server.on("clientError", answerClientError);
  const url = await listenOn(server, host, port);
  let closing: Promise<void> | null = null;
  const close = (graceMs = 10_000) => {
    closing ??= new Promise<void>((resolve) => {
      const force = setTimeout(() => server.closeAllConnections(), graceMs);
      force.unref();
      // Keep-alive sockets would hold close() open: drop each one as soon as its in-flight response is done.
      const sweep = setInterval(() => server.closeIdleConnections(), 100);
      server.close(() => {
        clearTimeout(force);
        clearInterval(sweep);
        resolve();
      });
      server.closeIdleConnections();
    });
    return closing;
  };
  return { server, url, close };
}
