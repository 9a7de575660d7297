import type { Paged } from "../../../core/shared/page.js";
import type { CreateUserInput } from "../../../core/users/create-user.js";
import type { RegisterUserInput } from "../../../core/users/register-user.js";
import type { UpdateMeInput } from "../../../core/users/update-me.js";
import type { User, UserChanges } from "../../../core/users/user.js";
import { type EmailStr, nothingLeft, present, type UUID } from "../shared-shapes.js";

// The password and name bounds are core/users/credential-rules.ts (credential-rules.test.ts keeps them equal).

/** An administrator's new account. */
export interface UserCreate {
  email: EmailStr;
  /** @default true */
  is_active?: boolean;
  /** @default false */
  is_superuser?: boolean;
  /** @maxLength 255 */
  full_name?: string | null;
  /**
   * @minLength 8
   * @maxLength 128
   */
  password: string;
}

/** A public sign-up; unknown keys (is_superuser included) are ignored. */
export interface UserRegister {
  email: EmailStr;
  /**
   * @minLength 8
   * @maxLength 128
   */
  password: string;
  /** @maxLength 255 */
  full_name?: string | null;
}

/** An administrator's partial change to an account: only the keys sent are applied. */
export interface UserUpdate {
  email?: EmailStr;
  is_active?: boolean;
  is_superuser?: boolean;
  /** @maxLength 255 */
  full_name?: string | null;
  /**
   * @minLength 8
   * @maxLength 128
   */
  password?: string;
}

/** A user's partial change to their own profile. */
export interface UserUpdateMe {
  /** @maxLength 255 */
  full_name?: string | null;
  email?: EmailStr;
}

/** A password change proven by the current password. */
export interface UpdatePassword {
  /**
   * @minLength 8
   * @maxLength 128
   */
  current_password: string;
  /**
   * @minLength 8
   * @maxLength 128
   */
  new_password: string;
}

/** A development-only account (no e-mail or password rules). */
export interface PrivateUserCreate {
  /** @maxLength 255 */
  email: string;
  /** @maxLength 1024 */
  password: string;
  /** @maxLength 255 */
  full_name: string;
  /** @default false */
  is_verified?: boolean;
}

/** A user as the API shows it. */
export interface UserPublic {
  email: string;
  is_active: boolean;
  is_superuser: boolean;
  full_name: string | null;
  id: UUID;
  created_at: Date | null;
}

/** One page of users and the number of all users. */
export interface UsersPublic {
  data: UserPublic[];
  count: number;
}

export function userPublic(user: User): UserPublic {
  const {
    email,
    isActive,
    isSuperuser,
    fullName,
    id,
    createdAt,
    hashedPassword: _secret,
    emailVerifiedAt: _state,
    ...unnamed
  } = user;
  nothingLeft(unnamed);
  return { email, is_active: isActive, is_superuser: isSuperuser, full_name: fullName, id, created_at: createdAt };
}

export const usersPublic = (page: Paged<User>): UsersPublic => ({ data: page.data.map(userPublic), count: page.count });

export const createUserInput = (body: UserCreate): CreateUserInput => ({
  email: body.email,
  password: body.password,
  fullName: body.full_name ?? null,
  isActive: body.is_active ?? true,
  isSuperuser: body.is_superuser ?? false,
});

export const registerUserInput = (body: UserRegister): RegisterUserInput => ({
  email: body.email,
  password: body.password,
  fullName: body.full_name ?? null,
});

export const updateMeInput = (body: UserUpdateMe): UpdateMeInput =>
  present<UpdateMeInput>({ email: body.email, fullName: body.full_name });

export const userChanges = (body: UserUpdate): UserChanges =>
  present<UserChanges>({
    email: body.email,
    fullName: body.full_name,
    isActive: body.is_active,
    isSuperuser: body.is_superuser,
    password: body.password,
  });
