import type { Actor } from "../shared/actor.js";
import type { Item } from "./item.js";
import type { ItemRepository } from "./ports.js";

export interface CreateItemInput {
  readonly title: string;
  readonly description: string | null;
}

/** A user adds an item they own. Raises nothing. */
export class CreateItem {
  constructor(private readonly items: ItemRepository) {}

  execute(actor: Actor, input: CreateItemInput): Promise<Item> {
    return this.items.add({
      title: input.title,
      description: input.description,
      ownerId: actor.id,
    });
  }
}
