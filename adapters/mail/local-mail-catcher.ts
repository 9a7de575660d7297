import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type MailDev from "maildev";
import type maildevWeb from "maildev/lib/web.js";
import { rootLogger } from "../logger.js";

export interface LocalMailCatcherOptions {
  readonly host?: string;
  /** maildev cannot listen on port 0: pass a free port, or leave the default 1025. */
  readonly smtpPort?: number;
  /** The web inbox port, default 1080. */
  readonly webPort?: number;
}

export interface LocalMailCatcher {
  readonly smtpHost: string;
  readonly smtpPort: number;
  /** The web inbox; its REST API lists the caught mails at `GET {inboxUrl}email`. */
  readonly inboxUrl: string;
  close(): Promise<void>;
}

let running = false;

const urlHost = (host: string) => (host.includes(":") ? `[${host}]` : host);

/** Starts maildev, a real SMTP server that keeps every mail and shows it in a web inbox, for local runs only. */
export async function startLocalMailCatcher(options: LocalMailCatcherOptions = {}): Promise<LocalMailCatcher> {
  const { host = "127.0.0.1", smtpPort = 1025, webPort = 1080 } = options;
  if (smtpPort === 0 || webPort === 0) throw new Error("maildev cannot listen on port 0; pass a free port");
  // maildev keeps its servers in module-level state, so a second instance would take over the first.
  // A development dependency, loaded only here: the production image is installed without it.
  const [{ default: MailDevServer }, { default: maildevWebModule }] = await Promise.all([
    import("maildev"),
    import("maildev/lib/web.js"),
  ]);
  if (running) throw new Error("A local mail catcher is already running in this process");
  running = true;
  const mailDirectory = await mkdtemp(join(tmpdir(), "aygentic-mail-")).catch((error: unknown) => {
    running = false;
    throw error;
  });
  const signalHandlers = { SIGTERM: process.listeners("SIGTERM"), SIGINT: process.listeners("SIGINT") };
  const server = new MailDevServer({ smtp: smtpPort, web: webPort, ip: host, mailDirectory, silent: true });
  // maildev exits the process on SIGTERM/SIGINT; the application shuts down itself and closes the catcher.
  for (const signal of ["SIGTERM", "SIGINT"] as const) {
    for (const handler of process.listeners(signal)) {
      if (!signalHandlers[signal].includes(handler)) process.removeListener(signal, handler);
    }
  }
  const web = maildevWebModule.server;
  const close = async () => {
    const webClosed = web?.listening ? new Promise((resolve) => web.once("close", resolve)) : Promise.resolve();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await webClosed;
    await rm(mailDirectory, { recursive: true, force: true });
    running = false;
  };
  try {
    await Promise.all([listenSmtp(server), listenWeb(web)]);
  } catch (error) {
    await close().catch(() => undefined);
    throw error;
  }
  return { smtpHost: host, smtpPort, inboxUrl: `http://${urlHost(host)}:${webPort}/`, close };
}

function listenSmtp(server: InstanceType<typeof MailDev>): Promise<void> {
  // maildev rethrows most SMTP server errors (an uncaught exception); report them instead.
  server.smtp.removeListener("error", server.onSmtpError);
  return new Promise((resolve, reject) => {
    server.smtp.once("error", reject);
    server.smtp.on("error", (error: Error) => rootLogger.warn({ err: error }, "local mail catcher SMTP error"));
    server.listen().then(() => {
      server.smtp.removeListener("error", reject);
      resolve();
    }, reject);
  });
}

function listenWeb(web: typeof maildevWeb.server): Promise<void> {
  if (!web) return Promise.reject(new Error("maildev did not start its web inbox"));
  if (web.listening) return Promise.resolve();
  return new Promise((resolve, reject) => {
    web.once("error", reject);
    web.once("listening", () => {
      web.removeListener("error", reject);
      resolve();
    });
  });
}
