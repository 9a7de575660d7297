import { type Actor, requireSuperuser } from "../shared/actor.js";
import type { UserRepository } from "./ports.js";
import { UserErrors } from "./user-errors.js";

/** An administrator deletes another account and everything it owns. Raises: auth.insufficient_privileges, user.not_found, user.superuser_self_delete. */
export class DeleteUser {
  constructor(private readonly users: UserRepository) {}

  async execute(actor: Actor, userId: string): Promise<void> {
    requireSuperuser(actor);
    if (!(await this.users.findById(userId))) throw UserErrors.notFound();
    if (userId === actor.id) throw UserErrors.superuserSelfDelete();
    if (!(await this.users.remove(userId))) throw UserErrors.notFound();
  }
}
