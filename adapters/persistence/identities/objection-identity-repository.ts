import type { Knex } from "knex";
import type { LinkedIdentity, NewLinkedIdentity } from "../../../core/identities/identity.js";
import { type IdentityRepository, IdentityTaken } from "../../../core/identities/ports.js";
import { isUuid } from "../is-uuid.js";
import { isUniqueViolation } from "../unique-violation.js";
import { IdentityModel } from "./identity-model.js";

const toIdentity = (row: IdentityModel): LinkedIdentity => ({
  id: row.id,
  userId: row.user_id,
  provider: row.provider,
  subject: row.subject,
  email: row.email,
  createdAt: row.created_at,
});

/** The IdentityRepository on PostgreSQL or PGlite; the unique index on (provider, subject) settles races. */
export class ObjectionIdentityRepository implements IdentityRepository {
  constructor(private readonly knex: Knex) {}

  async findBySubject(provider: string, subject: string): Promise<LinkedIdentity | null> {
    const row = await this.query().findOne({ provider, subject });
    return row ? toIdentity(row) : null;
  }

  async listOfUser(userId: string): Promise<LinkedIdentity[]> {
    if (!isUuid(userId)) return [];
    const rows = await this.query()
      .where({ user_id: userId })
      .orderBy([{ column: "created_at" }, { column: "id" }]);
    return rows.map(toIdentity);
  }

  async providersOf(userId: string): Promise<string[]> {
    if (!isUuid(userId)) return [];
    const rows = await this.query().distinct("provider").where({ user_id: userId }).orderBy("provider");
    return rows.map((row) => row.provider);
  }

  async add(identity: NewLinkedIdentity): Promise<LinkedIdentity> {
    try {
      const row = await this.query()
        .insert({
          user_id: identity.userId,
          provider: identity.provider,
          subject: identity.subject,
          email: identity.email,
          created_at: identity.createdAt,
        })
        .returning("*");
      return toIdentity(row);
    } catch (error) {
      if (isUniqueViolation(error)) throw new IdentityTaken(identity.provider, identity.subject);
      throw error;
    }
  }

  async remove(userId: string, identityId: string): Promise<boolean> {
    if (!isUuid(userId) || !isUuid(identityId)) return false;
    const removed = await this.query().delete().where({ id: identityId, user_id: userId }).returning("id");
    return removed.length > 0;
  }

  private query() {
    return IdentityModel.query(this.knex);
  }
}
