import { DomainError } from "../shared/errors.js";

/** Refusals about passkeys. */
export const PasskeyErrors = {
  /** Any assertion or attestation that does not check out: replayed, wrong origin, counter gone back, unknown. */
  notRecognised: () => new DomainError("invalid", "passkey.not_recognised", "Passkey not recognised"),
  notFound: () => new DomainError("not_found", "passkey.not_found", "Passkey not found"),
  alreadyRegistered: () => new DomainError("conflict", "passkey.already_registered", "Passkey already registered"),
  invalidName: () => new DomainError("invalid", "passkey.invalid_name", "Invalid passkey name"),
  lastWayIn: () => new DomainError("invalid", "passkey.last_way_in", "You cannot remove your only way to sign in"),
};
