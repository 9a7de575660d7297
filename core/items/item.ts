import type { Actor } from "../shared/actor.js";
import { ItemErrors } from "./item-errors.js";

/** An item a user owns. Immutable; change it through a repository patch. */
export interface Item {
  readonly id: string;
  readonly title: string;
  readonly description: string | null;
  readonly ownerId: string;
  readonly createdAt: Date | null;
}

/** An item not stored yet: the repository assigns `id` and `createdAt`. */
export type NewItem = Omit<Item, "id" | "createdAt">;

/** The fields an owner may change; absent keys are left as they are. */
export interface ItemPatch {
  readonly title?: string;
  readonly description?: string | null;
}

export const Item = {
  /** Superusers manage every item; everyone else only their own. */
  assertManageableBy(item: Item, actor: Actor): void {
    if (!actor.isSuperuser && item.ownerId !== actor.id) throw ItemErrors.forbidden();
  },
};
