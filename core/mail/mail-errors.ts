import { DomainError } from "../shared/errors.js";

/** Every refusal about sending e-mail. */
export const MailErrors = {
  notConfigured: () => new DomainError("unavailable", "mail.not_configured", "Email is not configured"),
  notSent: () => new DomainError("unavailable", "mail.not_sent", "Email could not be sent"),
};
