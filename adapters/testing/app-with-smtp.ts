import { type CapturingSmtpServer, startCapturingSmtpServer } from "../mail/testing/capturing-smtp-server.js";
import { startTestApp, type TestApp, type TestAppOptions } from "./test-app.js";

/** A test app whose mailer delivers over real SMTP to a capturing server started with it. */
export interface AppWithSmtp {
  readonly app: TestApp;
  readonly smtp: CapturingSmtpServer;
  close(): Promise<void>;
}

export async function startAppWithSmtp(options: Omit<TestAppOptions, "smtp" | "mailer"> = {}): Promise<AppWithSmtp> {
  const smtp = await startCapturingSmtpServer();
  const app = await startTestApp({ ...options, smtp: { host: smtp.host, port: smtp.port, tls: false, ssl: false } });
  return {
    app,
    smtp,
    close: async () => {
      await app.close();
      await smtp.close();
    },
  };
}
