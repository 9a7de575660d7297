import type { AuditTrail } from "../audit/audit-trail.js";
import { CreateItem } from "./create-item.js";
import { DeleteItem } from "./delete-item.js";
import { GetItem } from "./get-item.js";
import { ListItems } from "./list-items.js";
import type { ItemRepository } from "./ports.js";
import { UpdateItem } from "./update-item.js";

/** Every item use case over one repository, for the composition root to bind by class. */
export const itemUseCases = (items: ItemRepository, trail: AuditTrail) => [
  new CreateItem(items),
  new GetItem(items),
  new ListItems(items),
  new UpdateItem(items),
  new DeleteItem(items, trail),
];
