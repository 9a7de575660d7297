import { type Actor, requireSuperuser } from "../shared/actor.js";
import type { UserRepository } from "./ports.js";
import type { User } from "./user.js";
import { UserErrors } from "./user-errors.js";

/** Reads one user: anyone may read themselves, only superusers others. Raises: auth.insufficient_privileges, user.not_found. */
export class GetUser {
  constructor(private readonly users: UserRepository) {}

  async execute(actor: Actor, userId: string): Promise<User> {
    if (userId !== actor.id) requireSuperuser(actor);
    const user = await this.users.findById(userId);
    if (!user) throw UserErrors.notFound();
    return user;
  }
}
