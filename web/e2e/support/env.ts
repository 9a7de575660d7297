import { fileURLToPath } from "node:url";

const port = Number(process.env.E2E_PORT ?? 8123);

/** Where the app under test listens and the accounts and names it is started with. */
export const e2eEnv = {
  port,
  baseUrl: `http://127.0.0.1:${port}`,
  mailSmtpPort: Number(process.env.E2E_MAIL_SMTP_PORT ?? 1125),
  mailWebPort: Number(process.env.E2E_MAIL_WEB_PORT ?? 1180),
  projectName: process.env.PROJECT_NAME ?? "Aygentic Starter",
  superuser: {
    email: process.env.FIRST_SUPERUSER ?? "admin@example.com",
    password: process.env.FIRST_SUPERUSER_PASSWORD ?? "changethis",
  },
};

/** Browser storage of the logged-in first superuser, written by the setup project. */
export const ADMIN_STATE = fileURLToPath(new URL("../../test-results/.auth/admin.json", import.meta.url));

/** A browser context with nothing stored: nobody logged in, default theme. */
export const ANONYMOUS = { cookies: [], origins: [] };
