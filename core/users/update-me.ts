import type { Actor } from "../shared/actor.js";
import type { UserRepository } from "./ports.js";
import type { User } from "./user.js";
import { refuseTakenEmail, UserErrors } from "./user-errors.js";

export interface UpdateMeInput {
  readonly email?: string;
  readonly fullName?: string | null;
}

/** A user edits their own name or e-mail. Raises: user.email_in_use, user.not_found. */
export class UpdateMe {
  constructor(private readonly users: UserRepository) {}

  async execute(actor: Actor, input: UpdateMeInput): Promise<User> {
    if (input.email !== undefined) {
      const owner = await this.users.findByEmail(input.email);
      if (owner && owner.id !== actor.id) throw UserErrors.emailInUse();
    }
    const updated = await refuseTakenEmail(this.users.update(actor.id, input), UserErrors.emailInUse);
    if (!updated) throw UserErrors.notFound();
    return updated;
  }
}
