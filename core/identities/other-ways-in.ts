import type { TransactionalRepositories } from "../shared/unit-of-work.js";

/**
 * Ways a user can sign in besides a password and linked identities (passkeys, when an application has them):
 * the last way in is never removed.
 */
export interface OtherWaysIn {
  /** Counted in the unit of work that removes an identity, through its repositories. */
  count(userId: string, repositories: TransactionalRepositories): Promise<number>;
}

/** For an application with no other way in. */
export const NO_OTHER_WAYS_IN: OtherWaysIn = { count: async () => 0 };
