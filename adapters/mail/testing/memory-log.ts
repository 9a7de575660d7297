import { Writable } from "node:stream";
import { type Logger, pino } from "pino";

/** A real pino logger that keeps its JSON lines in memory, so tests can read what was logged. */
export function memoryLogger(bindings: Record<string, unknown> = {}): { logger: Logger; lines: () => string[] } {
  const chunks: string[] = [];
  const sink = new Writable({
    write(chunk, _encoding, done) {
      chunks.push(String(chunk));
      done();
    },
  });
  const logger = pino({ level: "debug" }, sink).child(bindings);
  return { logger, lines: () => chunks.join("").split("\n").filter(Boolean) };
}
