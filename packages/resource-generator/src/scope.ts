/** Who a resource's rows belong to: a user (like Item) or an organisation, shared by its members. */
export type ResourceScope = "user" | "organization";

export const SCOPES: readonly ResourceScope[] = ["user", "organization"];
