import type { ItemPatch } from "../../core/items/item.js";
import type { CreateUserInput } from "../../core/users/create-user.js";
import type { RegisterUserInput } from "../../core/users/register-user.js";
import type { UpdateMeInput } from "../../core/users/update-me.js";
import type { UserChanges } from "../../core/users/user.js";
import type { ItemUpdate, UserCreate, UserRegister, UserUpdate, UserUpdateMe } from "./requests.js";

type Defined<T> = { [K in keyof T]: Exclude<T[K], undefined> };

/** Keeps only the keys that were sent (the reference's `exclude_unset`). */
function present<T extends object>(fields: T): Partial<Defined<T>> {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)) as Partial<Defined<T>>;
}

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
  present({ email: body.email, fullName: body.full_name });

export const userChanges = (body: UserUpdate): UserChanges =>
  present({
    email: body.email,
    fullName: body.full_name,
    isActive: body.is_active,
    isSuperuser: body.is_superuser,
    password: body.password,
  });

export const itemPatch = (body: ItemUpdate): ItemPatch => present({ title: body.title, description: body.description });
