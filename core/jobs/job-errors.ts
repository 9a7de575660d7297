import { DomainError } from "../shared/errors.js";

/** Every refusal about background jobs. */
export const JobErrors = {
  notFound: () => new DomainError("not_found", "job.not_found", "Job not found"),
  notFailed: () => new DomainError("conflict", "job.not_failed", "Only a failed job can be retried"),
};
