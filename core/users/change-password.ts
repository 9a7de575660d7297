import type { Actor } from "../shared/actor.js";
import type { PasswordHasher, UserRepository } from "./ports.js";
import { UserErrors } from "./user-errors.js";

/** A user replaces their password, proving the current one. Raises: user.incorrect_password, user.same_password, user.not_found. */
export class ChangePassword {
  constructor(
    private readonly users: UserRepository,
    private readonly hasher: PasswordHasher,
  ) {}

  async execute(actor: Actor, currentPassword: string, newPassword: string): Promise<void> {
    const user = await this.users.findById(actor.id);
    if (!user) throw UserErrors.notFound();
    const check = await this.hasher.verify(currentPassword, user.hashedPassword);
    if (!check.valid) throw UserErrors.incorrectPassword();
    if (currentPassword === newPassword) throw UserErrors.samePassword();
    const updated = await this.users.update(user.id, { hashedPassword: await this.hasher.hash(newPassword) });
    if (!updated) throw UserErrors.notFound();
  }
}
