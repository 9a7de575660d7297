import type { Clock } from "../shared/clock.js";
import type { UnitOfWork } from "../shared/unit-of-work.js";
import type { UserRepository } from "../users/ports.js";
import type { User, UserPatch } from "../users/user.js";

/** What a use case needs to revoke a user's sessions together with a change to the user. */
export interface SessionRevocation {
  readonly unitOfWork: UnitOfWork;
  readonly clock: Clock;
}

/**
 * Applies the patch and revokes every session of the user but `keep` in one transaction, so a new password never
 * lands while a stolen session survives it. The updated user, or null when it no longer exists (nothing changes).
 * Without `revocation` (a change that ends no session) only the patch is applied, through `users`.
 */
export function updateRevokingSessions(
  users: UserRepository,
  revocation: SessionRevocation | undefined,
  userId: string,
  patch: UserPatch,
  keep: string | null,
): Promise<User | null> {
  return changeRevokingSessions(users, revocation, userId, keep, (repository) => repository.update(userId, patch));
}

/** Runs `change` and, when it reports a change (truthy), revokes the user's sessions but `keep` in the same transaction. */
export function changeRevokingSessions<T>(
  users: UserRepository,
  revocation: SessionRevocation | undefined,
  userId: string,
  keep: string | null,
  change: (users: UserRepository) => Promise<T>,
): Promise<T> {
  if (!revocation) return change(users);
  return revocation.unitOfWork.run(async (repositories) => {
    const changed = await change(repositories.users);
    if (changed) await repositories.sessions.revokeAllOfUser(userId, revocation.clock.now(), keep);
    return changed;
  });
}
