import { randomUUID } from "node:crypto";
import type { Page, Paged } from "../../core/shared/page.js";
import { EmailTaken, type UserRepository } from "../../core/users/ports.js";
import type { NewUser, User, UserPatch } from "../../core/users/user.js";
import { NEWEST_USERS_FIRST, type UserListQuery, type UserSort } from "../../core/users/user-list-query.js";
import { type InMemoryListSpec, listOf } from "./in-memory-list.js";
import { applyPatch, detached, type InMemoryStore } from "./in-memory-store.js";

const patchable: Record<keyof UserPatch, true> = {
  email: true,
  isActive: true,
  isSuperuser: true,
  fullName: true,
  hashedPassword: true,
  emailVerifiedAt: true,
};
const PATCHABLE = Object.keys(patchable) as (keyof UserPatch)[];

const listSpec = (sort: UserSort): InMemoryListSpec<User> => ({
  searched: [(user) => user.email, (user) => user.fullName],
  sortValue: (user) => user[sort],
});

/** A UserRepository in process memory that behaves like the database one: exact-match unique e-mail, cascade delete to items and sessions. */
export class InMemoryUserRepository implements UserRepository {
  constructor(private readonly store: InMemoryStore) {}

  async findById(id: string): Promise<User | null> {
    const user = this.store.users.get(id);
    return user ? detached(user) : null;
  }

  /** Units of work run one at a time here, so a read inside one is already safe from concurrent writes. */
  findByIdForUpdate(id: string): Promise<User | null> {
    return this.findById(id);
  }

  async findByEmail(email: string): Promise<User | null> {
    const user = this.ownerOf(email);
    return user ? detached(user) : null;
  }

  async add(draft: NewUser): Promise<User> {
    if (this.ownerOf(draft.email)) throw new EmailTaken(draft.email);
    const user: User = {
      id: randomUUID(),
      email: draft.email,
      isActive: draft.isActive,
      isSuperuser: draft.isSuperuser,
      fullName: draft.fullName,
      hashedPassword: draft.hashedPassword,
      createdAt: this.store.nextCreatedAt(),
      emailVerifiedAt: draft.emailVerifiedAt ?? null,
    };
    this.store.users.set(user.id, user);
    return detached(user);
  }

  async update(id: string, patch: UserPatch): Promise<User | null> {
    const current = this.store.users.get(id);
    if (!current) return null;
    const next = applyPatch(current, patch, PATCHABLE);
    const owner = this.ownerOf(next.email);
    if (owner && owner.id !== id) throw new EmailTaken(next.email);
    this.store.users.set(id, next);
    return detached(next);
  }

  async remove(id: string): Promise<boolean> {
    if (!this.store.users.delete(id)) return false;
    for (const session of [...this.store.sessions.values()]) {
      if (session.userId === id) this.store.sessions.delete(session.id);
    }
    for (const [key, membership] of [...this.store.memberships]) {
      if (membership.userId === id) this.store.memberships.delete(key);
    }
    for (const table of this.store.ownedTables().values()) {
      for (const row of [...table.values()]) if (row.ownerId === id) table.delete(row.id);
    }
    return true;
  }

  async list(page: Page, query: UserListQuery = NEWEST_USERS_FIRST): Promise<Paged<User>> {
    const { isActive, isSuperuser } = query.filters;
    const rows = [...this.store.users.values()].filter(
      (user) =>
        (isActive === undefined || user.isActive === isActive) &&
        (isSuperuser === undefined || user.isSuperuser === isSuperuser),
    );
    return listOf(rows, page, query, listSpec(query.sort));
  }

  async countSuperusers(filter: { readonly activeOnly: boolean }): Promise<number> {
    let count = 0;
    for (const user of this.store.users.values()) {
      if (user.isSuperuser && (user.isActive || !filter.activeOnly)) count += 1;
    }
    return count;
  }

  async replacePassword(id: string, expectedHash: string | null, newHash: string): Promise<boolean> {
    const current = this.store.users.get(id);
    if (current?.hashedPassword !== expectedHash) return false;
    this.store.users.set(id, { ...current, hashedPassword: newHash });
    return true;
  }

  private ownerOf(email: string): User | undefined {
    for (const user of this.store.users.values()) if (user.email === email) return user;
    return undefined;
  }
}
