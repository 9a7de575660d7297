import type { PasswordHasher, UserRepository } from "../users/ports.js";
import type { User } from "../users/user.js";
import { AuthErrors } from "./auth-errors.js";

/**
 * The active user these credentials prove, its legacy hash replaced on the way. An unknown e-mail still costs one
 * verification, so timing does not tell which accounts exist. Raises: auth.incorrect_credentials, auth.inactive_user.
 */
export async function verifyCredentials(
  users: UserRepository,
  hasher: PasswordHasher,
  email: string,
  password: string,
): Promise<User> {
  const user = await users.findByEmail(email);
  if (!user) {
    await hasher.verifyDummy(password);
    throw AuthErrors.incorrectCredentials();
  }
  const check = await hasher.verify(password, user.hashedPassword);
  if (!check.valid) throw AuthErrors.incorrectCredentials();
  if (!user.isActive) throw AuthErrors.inactiveUser();
  if (check.needsRehash) await users.update(user.id, { hashedPassword: await hasher.hash(password) });
  return user;
}
