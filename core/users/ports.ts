import type { Page, Paged } from "../shared/page.js";
import type { NewUser, User, UserPatch } from "./user.js";
import type { UserListQuery } from "./user-list-query.js";

/** Raised by a UserRepository when a write would give two users one e-mail address. */
export class EmailTaken extends Error {
  constructor(readonly email: string) {
    super(`e-mail already registered: ${email}`);
    this.name = "EmailTaken";
  }
}

/** Stores users; e-mail is unique (exact match) and writes that break that reject with EmailTaken. */
export interface UserRepository {
  findById(id: string): Promise<User | null>;
  /**
   * The user as `findById` gives it, its row locked until the unit of work it runs in ends: a concurrent write of
   * that user waits for the unit (outside a unit the lock ends with the read).
   */
  findByIdForUpdate(id: string): Promise<User | null>;
  findByEmail(email: string): Promise<User | null>;
  add(user: NewUser): Promise<User>;
  /** Applies the patch and returns the new state, or null when the user no longer exists. */
  update(id: string, patch: UserPatch): Promise<User | null>;
  /** Deletes the user and the items they own; false when there was no such user. */
  remove(id: string): Promise<boolean>;
  /** The users matching `query` (default: all, newest first), a page at a time; `count` is every match. */
  list(page: Page, query?: UserListQuery): Promise<Paged<User>>;
  /** How many superusers exist; with `activeOnly`, only the active ones. */
  countSuperusers(filter: { readonly activeOnly: boolean }): Promise<number>;
  /**
   * Sets a new password hash only while the stored one is still `expectedHash`, in one conditional write, so of two
   * racing replacements from the same old hash exactly one wins. False when the hash had changed or the user is gone.
   */
  replacePassword(id: string, expectedHash: string | null, newHash: string): Promise<boolean>;
}

/** Result of checking a password against a stored hash. */
export interface PasswordCheck {
  readonly valid: boolean;
  /** The stored hash is of an old scheme or outdated parameters and should be replaced. */
  readonly needsRehash: boolean;
}

/** Hashes passwords with the current scheme and verifies current and legacy hashes. */
export interface PasswordHasher {
  hash(password: string): Promise<string>;
  verify(password: string, hashedPassword: string): Promise<PasswordCheck>;
  /** Spends the time of one verification against a fixed hash, so unknown accounts cost what known ones do. */
  verifyDummy(password: string): Promise<void>;
}
