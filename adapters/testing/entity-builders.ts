import type { NewItem } from "../../core/items/item.js";
import type { NewUser } from "../../core/users/user.js";

// Test data with defaults: a test names only the fields it is about, and a new field is added here once.

/** A user to store: active, regular, no name, a placeholder hash. */
export const newUser = (email: string, overrides: Partial<NewUser> = {}): NewUser => ({
  email,
  isActive: true,
  isSuperuser: false,
  fullName: null,
  hashedPassword: "hashed",
  ...overrides,
});

/** An item of `ownerId` to store: titled "Book", no description. */
export const newItem = (ownerId: string, overrides: Partial<NewItem> = {}): NewItem => ({
  title: "Book",
  description: null,
  ownerId,
  ...overrides,
});
