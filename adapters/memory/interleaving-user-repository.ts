import type { Page, Paged } from "../../core/shared/page.js";
import type { UserRepository } from "../../core/users/ports.js";
import type { NewUser, User, UserPatch } from "../../core/users/user.js";
import type { UserListQuery } from "../../core/users/user-list-query.js";

/**
 * Delegates to a UserRepository and, just before the first write, runs `meanwhile`: another request
 * landing between a use case's check and its write. Lets tests reach the paths that only races take.
 */
export class InterleavingUserRepository implements UserRepository {
  private pending: (() => Promise<unknown>) | null;

  constructor(
    private readonly inner: UserRepository,
    meanwhile: () => Promise<unknown>,
  ) {
    this.pending = meanwhile;
  }

  findById(id: string): Promise<User | null> {
    return this.inner.findById(id);
  }

  findByIdForUpdate(id: string): Promise<User | null> {
    return this.inner.findByIdForUpdate(id);
  }

  findByEmail(email: string): Promise<User | null> {
    return this.inner.findByEmail(email);
  }

  async add(user: NewUser): Promise<User> {
    await this.interleave();
    return this.inner.add(user);
  }

  async update(id: string, patch: UserPatch): Promise<User | null> {
    await this.interleave();
    return this.inner.update(id, patch);
  }

  async remove(id: string): Promise<boolean> {
    await this.interleave();
    return this.inner.remove(id);
  }

  list(page: Page, query?: UserListQuery): Promise<Paged<User>> {
    return this.inner.list(page, query);
  }

  countSuperusers(filter: { readonly activeOnly: boolean }): Promise<number> {
    return this.inner.countSuperusers(filter);
  }

  async replacePassword(id: string, expectedHash: string, newHash: string): Promise<boolean> {
    await this.interleave();
    return this.inner.replacePassword(id, expectedHash, newHash);
  }

  private async interleave(): Promise<void> {
    const meanwhile = this.pending;
    this.pending = null;
    await meanwhile?.();
  }
}
