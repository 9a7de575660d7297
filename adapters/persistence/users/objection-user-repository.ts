import type { Knex } from "knex";
import type { Page, Paged } from "../../../core/shared/page.js";
import { EmailTaken, type UserRepository } from "../../../core/users/ports.js";
import type { NewUser, User, UserPatch } from "../../../core/users/user.js";
import { NEWEST_USERS_FIRST, type UserListQuery, type UserSort } from "../../../core/users/user-list-query.js";
import { columnValues, type FieldColumns } from "../field-columns.js";
import { isUuid } from "../is-uuid.js";
import { type ListColumns, listPage } from "../list-page.js";
import { readable } from "../readable-order.js";
import { isUniqueViolation } from "../unique-violation.js";
import { UserModel } from "./user-model.js";

const listColumns: ListColumns<UserSort> = {
  searched: ["email", "full_name"],
  sortColumn: { createdAt: "created_at", email: readable("email"), fullName: readable("full_name") },
};

/** The columns of a `user` row, as the driver gives them. */
export type UserRow = Pick<
  UserModel,
  "id" | "email" | "is_active" | "is_superuser" | "full_name" | "hashed_password" | "created_at" | "email_verified_at"
>;

export const toUser = (row: UserRow): User => ({
  id: row.id,
  email: row.email,
  isActive: row.is_active,
  isSuperuser: row.is_superuser,
  fullName: row.full_name,
  hashedPassword: row.hashed_password,
  createdAt: row.created_at,
  emailVerifiedAt: row.email_verified_at,
});

const patchColumns: FieldColumns<UserPatch, UserModel> = {
  email: "email",
  isActive: "is_active",
  isSuperuser: "is_superuser",
  fullName: "full_name",
  hashedPassword: "hashed_password",
  emailVerifiedAt: "email_verified_at",
};

/** The UserRepository on PostgreSQL or PGlite; the unique index ix_user_email decides e-mail races. */
export class ObjectionUserRepository implements UserRepository {
  constructor(private readonly knex: Knex) {}

  async findById(id: string): Promise<User | null> {
    if (!isUuid(id)) return null;
    const row = await this.query().findById(id);
    return row ? toUser(row) : null;
  }

  async findByIdForUpdate(id: string): Promise<User | null> {
    if (!isUuid(id)) return null;
    const row = await this.query().findById(id).forUpdate();
    return row ? toUser(row) : null;
  }

  async findByEmail(email: string): Promise<User | null> {
    // PostgreSQL text cannot hold NUL, so no stored address has one; asking would only raise a driver error.
    if (email.includes("\u0000")) return null;
    const row = await this.query().findOne({ email });
    return row ? toUser(row) : null;
  }

  async add(user: NewUser): Promise<User> {
    const row = await this.writing(user.email, this.query().insert(columnValues(user, patchColumns)).returning("*"));
    return toUser(row);
  }

  async update(id: string, patch: UserPatch): Promise<User | null> {
    if (!isUuid(id)) return null;
    const columns = columnValues(patch, patchColumns);
    if (Object.keys(columns).length === 0) return this.findById(id);
    const row = await this.writing(patch.email, this.query().patch(columns).findById(id).returning("*"));
    return row ? toUser(row) : null;
  }

  /** The user's items go with them through the ON DELETE CASCADE foreign key. */
  async remove(id: string): Promise<boolean> {
    if (!isUuid(id)) return false;
    // `returning` because knex-pglite answers a bare delete with its raw response instead of a row count.
    const removed = await this.query().delete().where("id", id).returning("id");
    return removed.length > 0;
  }

  async list(page: Page, query: UserListQuery = NEWEST_USERS_FIRST): Promise<Paged<User>> {
    const { isActive, isSuperuser } = query.filters;
    const filtered = this.knex("user")
      .modify((rows) => isActive !== undefined && rows.where("is_active", isActive))
      .modify((rows) => isSuperuser !== undefined && rows.where("is_superuser", isSuperuser));
    const { rows, count } = await listPage(this.knex, filtered, page, query, listColumns);
    return { data: (rows as unknown as UserRow[]).map(toUser), count };
  }

  async countSuperusers(filter: { readonly activeOnly: boolean }): Promise<number> {
    const query = this.query().where("is_superuser", true);
    if (filter.activeOnly) query.where("is_active", true);
    return query.resultSize();
  }

  /** One UPDATE … WHERE hashed_password = expected: the database, not a prior read, decides which racer wins. */
  async replacePassword(id: string, expectedHash: string | null, newHash: string): Promise<boolean> {
    if (!isUuid(id)) return false;
    const changed = await this.query()
      .patch({ hashed_password: newHash })
      .where({ id })
      .where((query) =>
        expectedHash === null ? query.whereNull("hashed_password") : query.where({ hashed_password: expectedHash }),
      )
      .returning("id");
    return changed.length > 0;
  }

  private query() {
    return UserModel.query(this.knex);
  }

  /** Runs a write that may set `email`; only such a write can break ix_user_email. */
  private async writing<T>(email: string | undefined, write: PromiseLike<T>): Promise<T> {
    try {
      return await write;
    } catch (error) {
      if (email !== undefined && isUniqueViolation(error, "ix_user_email")) throw new EmailTaken(email);
      throw error;
    }
  }
}
