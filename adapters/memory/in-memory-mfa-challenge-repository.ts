import { randomUUID } from "node:crypto";
import { MFA_CHALLENGE_POLICY, type MfaChallenge, type NewMfaChallenge } from "../../core/two-factor/mfa-challenge.js";
import type { MfaChallengeRepository } from "../../core/two-factor/ports.js";
import type { InMemoryStore, OwnedRow } from "./in-memory-store.js";

type ChallengeRow = OwnedRow & MfaChallenge;

const challengeOf = ({ ownerId: _owner, ...challenge }: ChallengeRow): MfaChallenge => Object.freeze(challenge);

/** The MfaChallengeRepository in process memory; a challenge goes with its user, spending it is conditional. */
export class InMemoryMfaChallengeRepository implements MfaChallengeRepository {
  private readonly rows: Map<string, ChallengeRow>;

  constructor(private readonly store: InMemoryStore) {
    this.rows = store.ownedTable<ChallengeRow>("mfa_challenge");
  }

  async add(draft: NewMfaChallenge): Promise<MfaChallenge> {
    if (!this.store.users.has(draft.userId)) throw new Error(`no user ${draft.userId} to own the challenge`);
    const row: ChallengeRow = { ...draft, id: randomUUID(), ownerId: draft.userId, failures: 0, spentAt: null };
    this.rows.set(row.id, row);
    return challengeOf(row);
  }

  async findById(id: string): Promise<MfaChallenge | null> {
    const row = this.rows.get(id);
    return row ? challengeOf(row) : null;
  }

  /** Units of work run one at a time here, so a plain read is already a locked one. */
  findByIdForUpdate(id: string): Promise<MfaChallenge | null> {
    return this.findById(id);
  }

  async countFailure(id: string): Promise<number | null> {
    const row = this.rows.get(id);
    if (!row || row.spentAt !== null) return null;
    const failures = Math.min(row.failures + 1, MFA_CHALLENGE_POLICY.maxFailures);
    this.rows.set(id, { ...row, failures });
    return failures;
  }

  async spend(id: string, at: Date): Promise<boolean> {
    const row = this.rows.get(id);
    if (!row || row.spentAt !== null) return false;
    this.rows.set(id, { ...row, spentAt: at });
    return true;
  }

  async deleteExpired(before: Date): Promise<number> {
    let deleted = 0;
    for (const row of [...this.rows.values()]) {
      if (row.expiresAt >= before) continue;
      this.rows.delete(row.id);
      deleted += 1;
    }
    return deleted;
  }
}
