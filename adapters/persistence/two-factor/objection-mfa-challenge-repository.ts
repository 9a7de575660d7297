import type { Knex } from "knex";
import {
  type LogInTransport,
  MFA_CHALLENGE_POLICY,
  type MfaChallenge,
  type NewMfaChallenge,
} from "../../../core/two-factor/mfa-challenge.js";
import type { MfaChallengeRepository } from "../../../core/two-factor/ports.js";
import { isUuid } from "../is-uuid.js";

interface ChallengeRow {
  id: string;
  user_id: string;
  transport: string;
  secret_hash: string;
  created_at: Date | string;
  expires_at: Date | string;
  failures: number;
  spent_at: Date | string | null;
}

const toChallenge = (row: ChallengeRow): MfaChallenge => ({
  id: row.id,
  userId: row.user_id,
  transport: row.transport as LogInTransport,
  secretHash: row.secret_hash,
  createdAt: new Date(row.created_at),
  expiresAt: new Date(row.expires_at),
  failures: Number(row.failures),
  spentAt: row.spent_at === null ? null : new Date(row.spent_at),
});

/** The MfaChallengeRepository on PostgreSQL or PGlite (`mfa_challenge`); counting and spending are conditional. */
export class ObjectionMfaChallengeRepository implements MfaChallengeRepository {
  constructor(private readonly knex: Knex) {}

  async add(challenge: NewMfaChallenge): Promise<MfaChallenge> {
    const [row] = await this.knex<ChallengeRow>("mfa_challenge")
      .insert({
        user_id: challenge.userId,
        transport: challenge.transport,
        secret_hash: challenge.secretHash,
        created_at: challenge.createdAt,
        expires_at: challenge.expiresAt,
      })
      .returning("*");
    if (!row) throw new Error("the challenge was not stored");
    return toChallenge(row);
  }

  async findById(id: string): Promise<MfaChallenge | null> {
    if (!isUuid(id)) return null;
    const row = await this.knex<ChallengeRow>("mfa_challenge").where({ id }).first();
    return row ? toChallenge(row) : null;
  }

  async findByIdForUpdate(id: string): Promise<MfaChallenge | null> {
    if (!isUuid(id)) return null;
    const row = await this.knex<ChallengeRow>("mfa_challenge").where({ id }).forUpdate().first();
    return row ? toChallenge(row) : null;
  }

  async countFailure(id: string): Promise<number | null> {
    if (!isUuid(id)) return null;
    const [row] = await this.knex<ChallengeRow>("mfa_challenge")
      .where({ id })
      .whereNull("spent_at")
      .update({ failures: this.knex.raw("least(failures + 1, ?)", [MFA_CHALLENGE_POLICY.maxFailures]) })
      .returning("failures");
    return row ? Number(row.failures) : null;
  }

  async spend(id: string, at: Date): Promise<boolean> {
    if (!isUuid(id)) return false;
    const updated = await this.knex("mfa_challenge")
      .where({ id })
      .whereNull("spent_at")
      .update({ spent_at: at })
      .returning("id");
    return updated.length > 0;
  }

  async deleteExpired(before: Date): Promise<number> {
    const deleted = await this.knex("mfa_challenge").where("expires_at", "<", before).delete().returning("id");
    return deleted.length;
  }
}
