import { randomUUID } from "node:crypto";
import type { NewPasskey, Passkey } from "../../core/passkeys/passkey.js";
import type { PasskeyRepository } from "../../core/passkeys/ports.js";
import type { InMemoryStore, OwnedRow } from "./in-memory-store.js";

type StoredPasskey = Passkey & OwnedRow;

const TABLE = "passkey";

const publicOf = ({ ownerId: _owner, ...passkey }: StoredPasskey): Passkey =>
  Object.freeze({ ...passkey, transports: [...passkey.transports], createdAt: new Date(passkey.createdAt) });

/** A PasskeyRepository in process memory that behaves like the database one: unique credential ids, owner must exist. */
export class InMemoryPasskeyRepository implements PasskeyRepository {
  constructor(private readonly store: InMemoryStore) {}

  async add(draft: NewPasskey): Promise<Passkey> {
    if (!this.store.users.has(draft.userId)) throw new Error(`no user ${draft.userId} to own the passkey`);
    if (this.rows().some((row) => row.credentialId === draft.credentialId)) throw new Error("duplicate credential id");
    const row: StoredPasskey = { ...draft, id: randomUUID(), ownerId: draft.userId, transports: [...draft.transports] };
    this.table().set(row.id, row);
    return publicOf(row);
  }

  async findById(id: string): Promise<Passkey | null> {
    const row = this.table().get(id);
    return row ? publicOf(row) : null;
  }

  async findByCredentialId(credentialId: string): Promise<Passkey | null> {
    const row = this.rows().find((candidate) => candidate.credentialId === credentialId);
    return row ? publicOf(row) : null;
  }

  async listByUser(userId: string): Promise<Passkey[]> {
    return this.rows()
      .filter((row) => row.userId === userId)
      .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.id.localeCompare(b.id))
      .map(publicOf);
  }

  async countByUser(userId: string): Promise<number> {
    return this.rows().filter((row) => row.userId === userId).length;
  }

  /** Units of work on the in-memory store run one at a time: counting is enough. */
  lockAndCountByUser(userId: string): Promise<number> {
    return this.countByUser(userId);
  }

  async rename(id: string, name: string): Promise<Passkey | null> {
    const row = this.table().get(id);
    if (!row) return null;
    const renamed = { ...row, name };
    this.table().set(id, renamed);
    return publicOf(renamed);
  }

  async remove(id: string): Promise<boolean> {
    return this.table().delete(id);
  }

  async recordUse(id: string, use: { previousCounter: number; counter: number; at: Date }): Promise<boolean> {
    const row = this.table().get(id);
    if (!row || row.counter !== use.previousCounter) return false;
    this.table().set(id, { ...row, counter: use.counter, lastUsedAt: use.at });
    return true;
  }

  private table() {
    return this.store.ownedTable<StoredPasskey>(TABLE);
  }

  private rows(): StoredPasskey[] {
    return [...this.table().values()];
  }
}
