import type { EmailStr } from "./views.js";

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

/** A password reset with the token from the recovery e-mail. */
export interface NewPassword {
  token: string;
  /**
   * @minLength 8
   * @maxLength 128
   */
  new_password: string;
}

/** A new item. */
export interface ItemCreate {
  /**
   * @minLength 1
   * @maxLength 255
   */
  title: string;
  /** @maxLength 255 */
  description?: string | null;
}

/** A partial change to an item (PUT with partial semantics, like the reference). */
export interface ItemUpdate {
  /**
   * @minLength 1
   * @maxLength 255
   */
  title?: string;
  /** @maxLength 255 */
  description?: string | null;
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

/** The OAuth2 password-flow form; `username` is the e-mail address. */
export interface Body_login_login_access_token {
  /** @pattern ^password$ */
  grant_type?: string | null;
  username: string;
  password: string;
  /** @default "" */
  scope?: string;
  client_id?: string | null;
  client_secret?: string | null;
}
