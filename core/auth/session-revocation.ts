import type { TransactionalRepositories } from "../shared/unit-of-work.js";
import type { User, UserPatch } from "../users/user.js";

/** A user as an update left it, and how many of their sessions it ended. */
export interface RevokingUpdate {
  readonly user: User;
  readonly sessionsRevoked: number;
}

/**
 * Inside a unit of work: applies the patch and revokes every session of the user but `keep`, so a new password never
 * lands while a stolen session survives it. Null when the user no longer exists (nothing changes).
 */
export async function updateRevokingSessions(
  { users, sessions }: Pick<TransactionalRepositories, "users" | "sessions">,
  userId: string,
  patch: UserPatch,
  keep: string | null,
  at: Date,
): Promise<RevokingUpdate | null> {
  const user = await users.update(userId, patch);
  if (!user) return null;
  return { user, sessionsRevoked: await sessions.revokeAllOfUser(userId, at, keep) };
}
