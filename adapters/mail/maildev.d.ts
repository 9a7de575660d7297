// maildev 2.2.1 ships no types; these cover the parts local-mail-catcher.ts uses.
declare module "maildev" {
  import type { EventEmitter } from "node:events";

  interface MailDevOptions {
    smtp?: number;
    web?: number;
    ip?: string;
    mailDirectory?: string;
    silent?: boolean;
    disableWeb?: boolean;
  }

  /** maildev's mail server: one module-level instance per process, whatever `new` suggests. */
  interface MailDevServer {
    smtp: EventEmitter;
    onSmtpError(error: Error): void;
    listen(): Promise<void>;
    close(callback?: (error?: Error) => void): void;
  }

  const MailDev: new (options: MailDevOptions) => MailDevServer;
  export default MailDev;
}

declare module "maildev/lib/web.js" {
  import type { Server } from "node:http";

  const web: { server: Server | null };
  export default web;
}
