import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { LocaleRepository } from "../../core/users/locale.js";
import type { UserRepository } from "../../core/users/ports.js";
import { InMemoryLocaleRepository } from "../memory/in-memory-locale-repository.js";
import { InMemoryStore } from "../memory/in-memory-store.js";
import { InMemoryUserRepository } from "../memory/in-memory-user-repository.js";
import { ObjectionLocaleRepository } from "../persistence/users/objection-locale-repository.js";
import { ObjectionUserRepository } from "../persistence/users/objection-user-repository.js";
import { openTestDatabase, type TestDatabase, testDatabaseKinds } from "../testing/test-database.js";
import { newUser } from "../testing/user-builder.js";

type Fresh = () => Promise<{ users: UserRepository; locales: LocaleRepository }>;

function localeRepositoryContract(implementation: string, fresh: Fresh): void {
  describe(`LocaleRepository (${implementation})`, () => {
    let users: UserRepository;
    let locales: LocaleRepository;
    beforeEach(async () => {
      ({ users, locales } = await fresh());
    });

    it("keeps one language per user, none until chosen, and forgets it on null", async () => {
      const ann = await users.add(newUser("ann@example.com"));
      const bob = await users.add(newUser("bob@example.com"));
      expect(await locales.localeOf(ann.id)).toBeNull();
      await locales.setLocale(ann.id, "de");
      expect(await locales.localeOf(ann.id)).toBe("de");
      expect(await locales.localeOf(bob.id)).toBeNull();
      await locales.setLocale(ann.id, "en");
      expect(await locales.localeOf(ann.id)).toBe("en");
      await locales.setLocale(ann.id, null);
      expect(await locales.localeOf(ann.id)).toBeNull();
    });

    it("leaves the user's own fields as they were", async () => {
      const ann = await users.add(newUser("ann@example.com", { fullName: "Ann" }));
      await locales.setLocale(ann.id, "de");
      expect(await users.findById(ann.id)).toEqual(ann);
    });
  });
}

localeRepositoryContract("in memory", async () => ({
  users: new InMemoryUserRepository(new InMemoryStore()),
  locales: new InMemoryLocaleRepository(),
}));

for (const kind of testDatabaseKinds()) {
  describe(kind, () => {
    let database: TestDatabase;
    beforeAll(async () => {
      database = await openTestDatabase(kind);
    });
    afterAll(() => database?.close());

    localeRepositoryContract(`Objection on ${kind}`, async () => {
      await database.knex.raw('truncate table "session", "item", "user", "audit_event" cascade');
      return {
        users: new ObjectionUserRepository(database.knex),
        locales: new ObjectionLocaleRepository(database.knex),
      };
    });
  });
}
