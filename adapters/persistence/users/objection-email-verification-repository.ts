import type { Knex } from "knex";
import type { EmailVerificationRepository, PendingVerification } from "../../../core/users/email-verification-ports.js";

interface VerificationRow {
  readonly user_id: string;
  readonly email: string;
  readonly token_hash: string;
  readonly expires_at: Date;
}

const toPending = (row: VerificationRow): PendingVerification => ({
  userId: row.user_id,
  email: row.email,
  tokenHash: row.token_hash,
  expiresAt: new Date(row.expires_at),
});

/** The EmailVerificationRepository on PostgreSQL or PGlite: one row per user, taken with a single DELETE … RETURNING. */
export class ObjectionEmailVerificationRepository implements EmailVerificationRepository {
  constructor(private readonly knex: Knex) {}

  async replace(pending: PendingVerification): Promise<void> {
    const row = {
      user_id: pending.userId,
      email: pending.email,
      token_hash: pending.tokenHash,
      expires_at: pending.expiresAt,
      created_at: this.knex.fn.now(),
    };
    await this.knex("email_verification").insert(row).onConflict("user_id").merge();
  }

  async take(tokenHash: string): Promise<PendingVerification | null> {
    const rows: VerificationRow[] = await this.knex("email_verification")
      .where({ token_hash: tokenHash })
      .delete()
      .returning(["user_id", "email", "token_hash", "expires_at"]);
    const row = rows[0];
    return row ? toPending(row) : null;
  }

  async deleteExpired(now: Date): Promise<number> {
    // Counted from the returned rows: the embedded driver does not report a plain DELETE's row count.
    const deleted = await this.knex("email_verification").where("expires_at", "<=", now).delete().returning("user_id");
    return deleted.length;
  }
}
