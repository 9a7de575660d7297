import { type Actor, requireSuperuser } from "../shared/actor.js";
import type { Page, Paged } from "../shared/page.js";
import type { UserRepository } from "./ports.js";
import type { User } from "./user.js";
import { NEWEST_USERS_FIRST, type UserListQuery } from "./user-list-query.js";

/** Lists the users matching the query (default: every user, newest first). Raises: auth.insufficient_privileges. */
export class ListUsers {
  constructor(private readonly users: UserRepository) {}

  async execute(actor: Actor, page: Page, query: UserListQuery = NEWEST_USERS_FIRST): Promise<Paged<User>> {
    requireSuperuser(actor);
    return this.users.list(page, query);
  }
}
