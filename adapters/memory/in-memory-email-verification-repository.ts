import type { EmailVerificationRepository, PendingVerification } from "../../core/users/email-verification-ports.js";
import type { InMemoryStore, OwnedRow } from "./in-memory-store.js";

/** A pending verification as a row of the store: keyed and owned by its user, so it goes with them. */
interface VerificationRow extends OwnedRow {
  readonly pending: PendingVerification;
}

const TABLE = "emailVerifications";

/** An EmailVerificationRepository in process memory that behaves like the database one (one row per user). */
export class InMemoryEmailVerificationRepository implements EmailVerificationRepository {
  constructor(private readonly store: InMemoryStore) {}

  private get rows(): Map<string, VerificationRow> {
    return this.store.ownedTable<VerificationRow>(TABLE);
  }

  async replace(pending: PendingVerification): Promise<void> {
    if (!this.store.users.has(pending.userId)) throw new Error(`no user ${pending.userId} to verify`);
    const row = { id: pending.userId, ownerId: pending.userId, createdAt: this.store.nextCreatedAt(), pending };
    this.rows.set(pending.userId, Object.freeze({ ...row, pending: Object.freeze({ ...pending }) }));
  }

  async take(tokenHash: string): Promise<PendingVerification | null> {
    const row = [...this.rows.values()].find((candidate) => candidate.pending.tokenHash === tokenHash);
    if (!row) return null;
    this.rows.delete(row.id);
    return { ...row.pending, expiresAt: new Date(row.pending.expiresAt) };
  }

  async deleteExpired(now: Date): Promise<number> {
    const expired = [...this.rows.values()].filter((row) => row.pending.expiresAt <= now);
    for (const row of expired) this.rows.delete(row.id);
    return expired.length;
  }
}
