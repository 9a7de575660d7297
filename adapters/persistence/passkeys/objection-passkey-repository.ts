import type { Knex } from "knex";
import type { NewPasskey, Passkey } from "../../../core/passkeys/passkey.js";
import type { PasskeyRepository } from "../../../core/passkeys/ports.js";
import { isUuid } from "../is-uuid.js";
import { PasskeyModel } from "./passkey-model.js";

const toPasskey = (row: PasskeyModel): Passkey => ({
  id: row.id,
  userId: row.user_id,
  name: row.name,
  credentialId: row.credential_id,
  publicKey: row.public_key,
  counter: Number(row.counter),
  transports: [...(row.transports ?? [])],
  createdAt: row.created_at,
  lastUsedAt: row.last_used_at,
});

/** The PasskeyRepository on PostgreSQL or PGlite; a use is recorded by a conditional update on the counter. */
export class ObjectionPasskeyRepository implements PasskeyRepository {
  constructor(private readonly knex: Knex) {}

  async add(passkey: NewPasskey): Promise<Passkey> {
    const row = await this.query().insertAndFetch({
      user_id: passkey.userId,
      name: passkey.name,
      credential_id: passkey.credentialId,
      public_key: passkey.publicKey,
      counter: passkey.counter,
      transports: [...passkey.transports],
      created_at: passkey.createdAt,
      last_used_at: passkey.lastUsedAt,
    });
    return toPasskey(row);
  }

  async findById(id: string): Promise<Passkey | null> {
    if (!isUuid(id)) return null;
    const row = await this.query().findById(id);
    return row ? toPasskey(row) : null;
  }

  async findByCredentialId(credentialId: string): Promise<Passkey | null> {
    const row = await this.query().findOne({ credential_id: credentialId });
    return row ? toPasskey(row) : null;
  }

  async listByUser(userId: string): Promise<Passkey[]> {
    if (!isUuid(userId)) return [];
    const rows = await this.query()
      .where({ user_id: userId })
      .orderBy([{ column: "created_at" }, { column: "id" }]);
    return rows.map(toPasskey);
  }

  async countByUser(userId: string): Promise<number> {
    if (!isUuid(userId)) return 0;
    const [row] = (await this.query().where({ user_id: userId }).count({ count: "*" })) as unknown as {
      count: string | number;
    }[];
    return Number(row?.count ?? 0);
  }

  async lockAndCountByUser(userId: string): Promise<number> {
    if (!isUuid(userId)) return 0;
    const rows = await this.query().select("id").where({ user_id: userId }).forUpdate();
    return rows.length;
  }

  async rename(id: string, name: string): Promise<Passkey | null> {
    if (!isUuid(id)) return null;
    const [row] = await this.query().patch({ name }).where({ id }).returning("*");
    return row ? toPasskey(row as unknown as PasskeyModel) : null;
  }

  async remove(id: string): Promise<boolean> {
    if (!isUuid(id)) return false;
    // `returning` because knex-pglite answers a bare delete with its raw response instead of a row count.
    const removed = await this.query().delete().where({ id }).returning("id");
    return removed.length > 0;
  }

  async recordUse(id: string, use: { previousCounter: number; counter: number; at: Date }): Promise<boolean> {
    if (!isUuid(id)) return false;
    const updated = await this.query()
      .patch({ counter: use.counter, last_used_at: use.at })
      .where({ id, counter: use.previousCounter });
    return updated > 0;
  }

  private query() {
    return PasskeyModel.query(this.knex);
  }
}
