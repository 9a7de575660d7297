import type { TransportSingleOptions } from "pino";

/** Readable, coloured lines for a person at a terminal in local; JSON lines for everything else (collectors, CI). */
export function wantsPrettyLogs(stdoutIsTerminal: boolean, environment: string | undefined): boolean {
  return stdoutIsTerminal && (environment ?? "local") === "local";
}

/** The pino-pretty transport (run in a worker thread, so pino-pretty is loaded only when it is used). */
export const prettyTransport: TransportSingleOptions = {
  target: "pino-pretty",
  options: { colorize: true, translateTime: "SYS:HH:MM:ss.l", ignore: "pid,hostname,service" },
};
