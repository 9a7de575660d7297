import { DomainError } from "../shared/errors.js";

/** Every refusal about sending e-mail. */
export const MailErrors = {
  notConfigured: () => new DomainError("unavailable", "mail.not_configured", "Email is not configured"),
  /** `reason`: the transport's error code (never the message's content), kept with the job that will retry. */
  notSent: (reason?: string) =>
    new DomainError(
      "unavailable",
      "mail.not_sent",
      reason ? `Email could not be sent (${reason})` : "Email could not be sent",
    ),
};
