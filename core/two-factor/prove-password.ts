import type { Actor } from "../shared/actor.js";
import type { PasswordHasher, UserRepository } from "../users/ports.js";
import type { User } from "../users/user.js";
import { UserErrors } from "../users/user-errors.js";

/** The acting user, once they proved their current password. Raises: user.not_found, user.incorrect_password. */
export async function provePassword(
  users: UserRepository,
  hasher: PasswordHasher,
  actor: Actor,
  password: string,
): Promise<User> {
  const user = await users.findById(actor.id);
  if (!user) throw UserErrors.notFound();
  // An account without a password (made through an identity provider) sets one through recovery first.
  if (user.hashedPassword === null) throw UserErrors.incorrectPassword();
  if (!(await hasher.verify(password, user.hashedPassword)).valid) throw UserErrors.incorrectPassword();
  return user;
}
