import { randomUUID } from "node:crypto";
import type { LinkedIdentity, NewLinkedIdentity } from "../../core/identities/identity.js";
import { type IdentityRepository, IdentityTaken } from "../../core/identities/ports.js";
import type { InMemoryStore, OwnedRow } from "./in-memory-store.js";

type IdentityRow = LinkedIdentity & OwnedRow;

const detachedIdentity = ({ ownerId: _owner, ...identity }: IdentityRow): LinkedIdentity =>
  Object.freeze({ ...identity, createdAt: new Date(identity.createdAt) });

/** The IdentityRepository in process memory: unique (provider, subject), removed with its user like the table's rows. */
export class InMemoryIdentityRepository implements IdentityRepository {
  private readonly rows: Map<string, IdentityRow>;

  constructor(private readonly store: InMemoryStore) {
    this.rows = store.ownedTable<IdentityRow>("user_identity");
  }

  async findBySubject(provider: string, subject: string): Promise<LinkedIdentity | null> {
    const row = [...this.rows.values()].find((each) => each.provider === provider && each.subject === subject);
    return row ? detachedIdentity(row) : null;
  }

  async listOfUser(userId: string): Promise<LinkedIdentity[]> {
    return [...this.rows.values()]
      .filter((row) => row.userId === userId)
      .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.id.localeCompare(b.id))
      .map(detachedIdentity);
  }

  async providersOf(userId: string): Promise<string[]> {
    return [...new Set((await this.listOfUser(userId)).map((identity) => identity.provider))].sort();
  }

  async add(identity: NewLinkedIdentity): Promise<LinkedIdentity> {
    if (!this.store.users.has(identity.userId)) throw new Error(`no user ${identity.userId} to link the identity to`);
    if (await this.findBySubject(identity.provider, identity.subject)) {
      throw new IdentityTaken(identity.provider, identity.subject);
    }
    const row: IdentityRow = { ...identity, id: randomUUID(), ownerId: identity.userId };
    this.rows.set(row.id, row);
    return detachedIdentity(row);
  }

  async remove(userId: string, identityId: string): Promise<boolean> {
    if (this.rows.get(identityId)?.userId !== userId) return false;
    return this.rows.delete(identityId);
  }
}
