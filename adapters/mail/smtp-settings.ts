/** How to reach the SMTP server. `tls` = STARTTLS (required), `ssl` = implicit TLS, neither = plain (local catchers). */
export interface SmtpSettings {
  readonly host: string;
  readonly port: number;
  readonly user?: string | null;
  readonly password?: string | null;
  readonly tls: boolean;
  readonly ssl: boolean;
  /** Bound on connecting, the greeting and each socket read; 10 s when not given. */
  readonly timeoutMs?: number;
}
