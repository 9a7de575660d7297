import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NEWEST_ITEMS_FIRST } from "../../core/items/item-list-query.js";
import { NEWEST_USERS_FIRST } from "../../core/users/user-list-query.js";
import { planOf } from "../testing/query-plan.js";
import { openTestDatabase, type TestDatabase, testDatabaseKinds } from "../testing/test-database.js";
import { newUser } from "../testing/user-builder.js";
import { ObjectionItemRepository } from "./items/objection-item-repository.js";
import { ObjectionUserRepository } from "./users/objection-user-repository.js";

describe.each(testDatabaseKinds())("the readable sort's indexes on %s", (kind) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await openTestDatabase(kind);
  });
  afterAll(() => database?.close());

  it("serve the lists sorted by title, e-mail and full name, both ways", async () => {
    const { knex } = database;
    const users = new ObjectionUserRepository(knex);
    const items = new ObjectionItemRepository(knex);
    const owner = await users.add(newUser("plan@example.com", { fullName: "Plan Owner" }));
    await items.add({ title: "Éclair", description: null, ownerId: owner.id });
    const page = { skip: 0, limit: 10 };
    const cases: [() => Promise<unknown>, string][] = [
      [() => items.list(page, { ...NEWEST_ITEMS_FIRST, sort: "title", order: "asc" }), "ix_item_title_readable"],
      [() => items.list(page, { ...NEWEST_ITEMS_FIRST, sort: "title", order: "desc" }), "ix_item_title_readable"],
      [
        () => items.list(page, { ...NEWEST_ITEMS_FIRST, sort: "title", order: "asc", filters: { ownerId: owner.id } }),
        "ix_item_owner_id_title_readable",
      ],
      [() => users.list(page, { ...NEWEST_USERS_FIRST, sort: "email", order: "asc" }), "ix_user_email_readable"],
      [
        () => users.list(page, { ...NEWEST_USERS_FIRST, sort: "fullName", order: "desc" }),
        "ix_user_full_name_readable",
      ],
    ];
    for (const [run, index] of cases) expect(await planOf(knex, run)).toContain(index);
  });
});
