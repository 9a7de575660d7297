import type { Item } from "../../core/items/item.js";
import type { Paged } from "../../core/shared/page.js";
import type { User } from "../../core/users/user.js";

/**
 * A UUID (checked and lower-cased before the controller runs).
 * @format uuid
 */
export type UUID = string;

/**
 * An e-mail address (checked like the reference's EmailStr: domain lower-cased, special-use domains refused).
 * @format email
 * @maxLength 255
 */
export type EmailStr = string;

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

/** An item as the API shows it. */
export interface ItemPublic {
  title: string;
  description: string | null;
  id: UUID;
  owner_id: UUID;
  created_at: Date | null;
}

/** One page of items and the number of all matching items. */
export interface ItemsPublic {
  data: ItemPublic[];
  count: number;
}

/** A human-readable confirmation. */
export interface Message {
  message: string;
}

/** An OAuth2 bearer access token. */
export interface Token {
  access_token: string;
  token_type: string;
}

export const userPublic = (user: User): UserPublic => ({
  email: user.email,
  is_active: user.isActive,
  is_superuser: user.isSuperuser,
  full_name: user.fullName,
  id: user.id,
  created_at: user.createdAt,
});

export const usersPublic = (page: Paged<User>): UsersPublic => ({ data: page.data.map(userPublic), count: page.count });

export const itemPublic = (item: Item): ItemPublic => ({
  title: item.title,
  description: item.description,
  id: item.id,
  owner_id: item.ownerId,
  created_at: item.createdAt,
});

export const itemsPublic = (page: Paged<Item>): ItemsPublic => ({ data: page.data.map(itemPublic), count: page.count });

export const message = (text: string): Message => ({ message: text });

export const bearerToken = (accessToken: string): Token => ({ access_token: accessToken, token_type: "bearer" });
