import { DomainError } from "../shared/errors.js";
import { EmailTaken } from "./ports.js";

/** Every refusal about users, with the exact wording clients of the reference expect. */
export const UserErrors = {
  emailTakenOnSignUp: () =>
    new DomainError("conflict", "user.email_taken", "The user with this email already exists in the system"),
  emailTakenOnCreate: () =>
    new DomainError("conflict", "user.email_registered", "The user with this email already exists in the system."),
  /** An e-mail change being undone, when another account has taken the old address since. */
  emailRetaken: () =>
    new DomainError("conflict", "user.email_retaken", "The user with this email already exists in the system"),
  emailInUse: () => new DomainError("conflict", "user.email_in_use", "User with this email already exists"),
  incorrectPassword: () => new DomainError("invalid", "user.incorrect_password", "Incorrect password"),
  samePassword: () =>
    new DomainError("invalid", "user.same_password", "New password cannot be the same as the current one"),
  superuserSelfDelete: () =>
    new DomainError("forbidden", "user.superuser_self_delete", "Super users are not allowed to delete themselves"),
  lastSuperuser: () =>
    new DomainError("invalid", "user.last_superuser", "The last active superuser cannot remove their own privileges"),
  notFound: () => new DomainError("not_found", "user.not_found", "User not found"),
  idNotFound: () =>
    new DomainError("not_found", "user.id_not_found", "The user with this id does not exist in the system"),
  usernameNotFound: () =>
    new DomainError(
      "not_found",
      "user.username_not_found",
      "The user with this username does not exist in the system.",
    ),
};

/** Runs a repository write and turns its EmailTaken signal into the refusal the use case owes its caller. */
export async function refuseTakenEmail<T>(write: Promise<T>, refusal: () => DomainError): Promise<T> {
  try {
    return await write;
  } catch (error) {
    if (error instanceof EmailTaken) throw refusal();
    throw error;
  }
}
