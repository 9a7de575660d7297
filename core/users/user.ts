/** A person who can log in. Immutable; change it through a repository patch. */
export interface User {
  readonly id: string;
  readonly email: string;
  readonly isActive: boolean;
  readonly isSuperuser: boolean;
  readonly fullName: string | null;
  /** Null for an account made through an identity provider: it sets a password through password recovery. */
  readonly hashedPassword: string | null;
  readonly createdAt: Date | null;
  /** When the person proved they read mail at `email`; null until then, and again after the address changes. */
  readonly emailVerifiedAt: Date | null;
}

/** A user not stored yet: the repository assigns `id` and `createdAt`; an address is unproved unless said. */
export type NewUser = Omit<User, "id" | "createdAt" | "emailVerifiedAt"> & { readonly emailVerifiedAt?: Date | null };

/** The fields a repository update may change; absent keys are left as they are. */
export type UserPatch = Partial<Omit<User, "id" | "createdAt">>;

/** The profile fields a person or an administrator may edit, before the password is hashed. */
export interface UserChanges {
  readonly email?: string;
  readonly fullName?: string | null;
  readonly isActive?: boolean;
  readonly isSuperuser?: boolean;
  readonly password?: string;
}
