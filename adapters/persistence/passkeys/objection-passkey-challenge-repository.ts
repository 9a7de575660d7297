import type { Knex } from "knex";
import type { NewPasskeyChallenge, PasskeyChallenge } from "../../../core/passkeys/passkey-challenge.js";
import type { PasskeyChallengeRepository } from "../../../core/passkeys/ports.js";
import { isUuid } from "../is-uuid.js";
import { PasskeyChallengeModel } from "./passkey-model.js";

const toChallenge = (row: PasskeyChallengeModel): PasskeyChallenge => ({
  id: row.id,
  challenge: row.challenge,
  ceremony: row.ceremony,
  userId: row.user_id,
  expiresAt: row.expires_at,
});

/** The PasskeyChallengeRepository on PostgreSQL or PGlite: taking a challenge is one DELETE … RETURNING, so it works once. */
export class ObjectionPasskeyChallengeRepository implements PasskeyChallengeRepository {
  constructor(private readonly knex: Knex) {}

  async add(challenge: NewPasskeyChallenge): Promise<PasskeyChallenge> {
    const row = await this.query().insertAndFetch({
      challenge: challenge.challenge,
      ceremony: challenge.ceremony,
      user_id: challenge.userId,
      expires_at: challenge.expiresAt,
    });
    return toChallenge(row);
  }

  take(id: string, now: Date): Promise<PasskeyChallenge | null> {
    return isUuid(id) ? this.takeWhere({ id }, now) : Promise.resolve(null);
  }

  takeByValue(challenge: string, now: Date): Promise<PasskeyChallenge | null> {
    return this.takeWhere({ challenge }, now);
  }

  async deleteExpired(now: Date): Promise<number> {
    const deleted = await this.query().delete().where("expires_at", "<=", now).returning("id");
    return deleted.length;
  }

  private async takeWhere(match: Partial<PasskeyChallengeModel>, now: Date): Promise<PasskeyChallenge | null> {
    const rows = (await this.query().delete().where(match).returning("*")) as unknown as PasskeyChallengeModel[];
    const [row] = rows;
    return row && row.expires_at > now ? toChallenge(row) : null;
  }

  private query() {
    return PasskeyChallengeModel.query(this.knex);
  }
}
