import { type AuditTrail, recordAlone, userTarget } from "../audit/audit-trail.js";
import type { DomainError } from "../shared/errors.js";
import type { RequestContext } from "../shared/request-context.js";
import type { PasswordHasher, UserRepository } from "../users/ports.js";
import type { User } from "../users/user.js";
import { AuthErrors } from "./auth-errors.js";

/** Why these credentials prove nothing (null when they prove `user`), and the verification that said so. */
async function checkCredentials(user: User | null, hasher: PasswordHasher, password: string) {
  if (!user?.hashedPassword) {
    await hasher.verifyDummy(password);
    return { refusal: AuthErrors.incorrectCredentials(), needsRehash: false };
  }
  const check = await hasher.verify(password, user.hashedPassword);
  if (!check.valid) return { refusal: AuthErrors.incorrectCredentials(), needsRehash: false };
  if (!user.isActive) return { refusal: AuthErrors.inactiveUser(), needsRehash: false };
  return { refusal: null, needsRehash: check.needsRehash };
}

const reasonOf = (refusal: DomainError): string => refusal.code.replace(/^auth\./, "");

/**
 * The active user these credentials prove, its legacy hash replaced on the way. A refusal is recorded as a failed
 * `auth.login` with the e-mail tried (there is no change for it to go with). An unknown e-mail still costs one
 * verification and one event write, so timing does not tell which accounts exist.
 * Raises: auth.incorrect_credentials, auth.inactive_user.
 */
export async function verifyCredentials(
  users: UserRepository,
  hasher: PasswordHasher,
  trail: AuditTrail,
  credentials: { readonly email: string; readonly password: string },
  context: RequestContext,
): Promise<User> {
  const { email, password } = credentials;
  const user = await users.findByEmail(email);
  const { refusal, needsRehash } = await checkCredentials(user, hasher, password);
  if (refusal || !user) {
    const failure = refusal ?? AuthErrors.incorrectCredentials();
    await recordAlone(
      trail,
      {
        action: "auth.login",
        outcome: "failure",
        actor: { id: null, email },
        target: user ? userTarget(user.id) : null,
        details: { reason: reasonOf(failure) },
      },
      context,
    );
    throw failure;
  }
  if (!needsRehash) return user;
  return (await users.update(user.id, { hashedPassword: await hasher.hash(password) })) ?? user;
}

/**
 * Re-checks, in the transaction that opens the session, what the password check relied on: the user still has the
 * very hash that was verified and is still active. The read locks the user's row, so a password change or
 * deactivation either committed first (and is seen here: the usual 400) or waits for this transaction and then
 * revokes the new session along with the others.
 * Raises: auth.incorrect_credentials, auth.inactive_user.
 */
export async function confirmCredentialsStillHold(users: UserRepository, verified: User): Promise<void> {
  const current = await users.findByIdForUpdate(verified.id);
  if (current?.hashedPassword !== verified.hashedPassword) throw AuthErrors.incorrectCredentials();
  if (!current.isActive) throw AuthErrors.inactiveUser();
}
