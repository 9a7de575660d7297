import { type ParsedMail, simpleParser } from "mailparser";
import { SMTPServer, type SMTPServerOptions } from "smtp-server";

/** One message as the test SMTP server received and parsed it. */
export interface CapturedMail {
  readonly envelopeTo: string[];
  readonly from: string;
  readonly to: string;
  readonly subject: string;
  readonly html: string;
  readonly text: string;
  readonly secure: boolean;
  readonly user: string | undefined;
  readonly parsed: ParsedMail;
}

export interface CapturingSmtpServer {
  readonly host: string;
  readonly port: number;
  /** Every message accepted so far; a message is listed before the client hears that it was accepted. */
  readonly mails: CapturedMail[];
  /** The messages whose envelope includes `address`. */
  mailsTo(address: string): CapturedMail[];
  /** Resolves with `mailsTo(address)` once it holds `count` messages (sends may run in the background). */
  waitForMailsTo(address: string, count?: number): Promise<CapturedMail[]>;
  close(): Promise<void>;
}

export interface CaptureOptions {
  /** Messages are parsed and accepted only once this settles, to hold a delivery in flight. */
  readonly acceptAfter?: Promise<unknown>;
  /** Listen on this port (a server that comes up late where the app already sends); default an ephemeral one. */
  readonly port?: number;
}

/** A real SMTP server on 127.0.0.1 and an ephemeral port that keeps what it receives, for tests. Plain by default. */
export async function startCapturingSmtpServer(
  options: SMTPServerOptions = {},
  { acceptAfter, port: wantedPort = 0 }: CaptureOptions = {},
): Promise<CapturingSmtpServer> {
  const mails: CapturedMail[] = [];
  const arrivals = new EventTarget();
  const server = new SMTPServer({
    disabledCommands: ["STARTTLS"],
    authOptional: true,
    logger: false,
    ...options,
    onData(stream, session, callback) {
      simpleParser(stream)
        .then(async (parsed) => {
          await acceptAfter;
          mails.push({
            envelopeTo: session.envelope.rcptTo.map((recipient) => recipient.address),
            from: parsed.from?.text ?? "",
            to: [parsed.to ?? []]
              .flat()
              .map((address) => address.text)
              .join(", "),
            subject: parsed.subject ?? "",
            html: typeof parsed.html === "string" ? parsed.html : "",
            text: parsed.text ?? "",
            secure: session.secure,
            user: typeof session.user === "string" ? session.user : undefined,
            parsed,
          });
          arrivals.dispatchEvent(new Event("mail"));
          callback();
        })
        .catch(callback);
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(wantedPort, "127.0.0.1", () => resolve());
  });
  const address = server.server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  const mailsTo = (target: string) => mails.filter((mail) => mail.envelopeTo.includes(target));
  const waitForMailsTo = (target: string, count = 1) =>
    new Promise<CapturedMail[]>((resolve) => {
      const check = () => {
        if (mailsTo(target).length < count) return;
        arrivals.removeEventListener("mail", check);
        resolve(mailsTo(target));
      };
      arrivals.addEventListener("mail", check);
      check();
    });
  return {
    host: "127.0.0.1",
    port,
    mails,
    mailsTo,
    waitForMailsTo,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
