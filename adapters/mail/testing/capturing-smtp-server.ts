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
  close(): Promise<void>;
}

/** A real SMTP server on 127.0.0.1 and an ephemeral port that keeps what it receives, for tests. Plain by default. */
export async function startCapturingSmtpServer(options: SMTPServerOptions = {}): Promise<CapturingSmtpServer> {
  const mails: CapturedMail[] = [];
  const server = new SMTPServer({
    disabledCommands: ["STARTTLS"],
    authOptional: true,
    logger: false,
    ...options,
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((parsed) => {
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
          callback();
        })
        .catch(callback);
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  const address = server.server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  return {
    host: "127.0.0.1",
    port,
    mails,
    mailsTo: (target) => mails.filter((mail) => mail.envelopeTo.includes(target)),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
