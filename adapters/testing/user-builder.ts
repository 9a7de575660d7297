import type { NewUser } from "../../core/users/user.js";

/** A user to store: active, regular, no name, a placeholder hash; a test names only the fields it is about. */
export const newUser = (email: string, overrides: Partial<NewUser> = {}): NewUser => ({
  email,
  isActive: true,
  isSuperuser: false,
  fullName: null,
  hashedPassword: "hashed",
  ...overrides,
});
