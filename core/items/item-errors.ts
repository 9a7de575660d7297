import { DomainError } from "../shared/errors.js";

/** Every refusal about items. */
export const ItemErrors = {
  notFound: () => new DomainError("not_found", "item.not_found", "Item not found"),
  forbidden: () => new DomainError("forbidden", "item.forbidden", "Not enough permissions"),
};
