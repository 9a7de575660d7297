import type { Actor } from "../shared/actor.js";
import type { UserRepository } from "./ports.js";
import { UserErrors } from "./user-errors.js";

/** A regular user deletes their account and everything they own. Raises: user.superuser_self_delete, user.not_found. */
export class DeleteMe {
  constructor(private readonly users: UserRepository) {}

  async execute(actor: Actor): Promise<void> {
    if (actor.isSuperuser) throw UserErrors.superuserSelfDelete();
    if (!(await this.users.remove(actor.id))) throw UserErrors.notFound();
  }
}
