import { beforeEach, describe, expect, it } from "vitest";
import type { SessionRepository } from "../../core/auth/session-ports.js";
import type { UnitOfWork } from "../../core/shared/unit-of-work.js";
import type { UserRepository } from "../../core/users/ports.js";
import { newUser } from "../testing/user-builder.js";
import type { FreshRepositories } from "./repository-fixture.js";

const T0 = new Date("2030-01-01T12:00:00.000Z");

/** What every UnitOfWork must do: keep the writes of a unit together, or none of them. */
export function unitOfWorkContract(implementation: string, fresh: FreshRepositories): void {
  describe(`UnitOfWork contract (${implementation})`, () => {
    let users: UserRepository;
    let sessions: SessionRepository;
    let unitOfWork: UnitOfWork;

    beforeEach(async () => {
      ({ users, sessions, unitOfWork } = await fresh());
    });

    const seed = async () => {
      const user = await users.add(newUser("ann@example.com"));
      const session = await sessions.add({
        userId: user.id,
        createdAt: T0,
        lastUsedAt: T0,
        expiresAt: new Date(T0.getTime() + 86_400_000),
        userAgent: null,
        ipAddress: null,
        refreshTokenHash: "a".repeat(64),
        cookieTokenHash: null,
      });
      return { user, session };
    };

    it("holds a user read for update until its unit ends: a concurrent write of that user waits", async () => {
      const { user } = await seed();
      const order: string[] = [];
      let lockTaken = () => {};
      const locked = new Promise<void>((resolve) => {
        lockTaken = resolve;
      });
      const holder = unitOfWork.run(async (repositories) => {
        expect((await repositories.users.findByIdForUpdate(user.id))?.id).toBe(user.id);
        lockTaken();
        await new Promise((resolve) => setTimeout(resolve, 150));
        order.push("holder committed");
      });
      await locked;
      const writer = unitOfWork.run(async (repositories) => {
        await repositories.users.update(user.id, { fullName: "Waited" });
        order.push("writer wrote");
      });
      await Promise.all([holder, writer]);
      expect(order).toEqual(["holder committed", "writer wrote"]);
      expect(await users.findByIdForUpdate("not-a-uuid")).toBeNull();
    });

    it("commits every write of a unit that resolves, and gives its result", async () => {
      const { user, session } = await seed();
      const result = await unitOfWork.run(async (repositories) => {
        await repositories.users.update(user.id, { hashedPassword: "changed" });
        return repositories.sessions.revokeAllOfUser(user.id, T0, null);
      });
      expect(result).toBe(1);
      expect((await users.findById(user.id))?.hashedPassword).toBe("changed");
      expect((await sessions.findById(session.id))?.revokedAt).toEqual(T0);
    });

    it("undoes every write of a unit that rejects, and passes the rejection on", async () => {
      const { user, session } = await seed();
      const failure = new Error("fails after writing");
      const unit = unitOfWork.run(async (repositories) => {
        await repositories.users.update(user.id, { hashedPassword: "changed" });
        await repositories.sessions.revokeAllOfUser(user.id, T0, null);
        await repositories.users.add(newUser("bob@example.com"));
        throw failure;
      });
      await expect(unit).rejects.toBe(failure);
      expect(await users.findById(user.id)).toEqual(user);
      expect(await sessions.findById(session.id)).toEqual(session);
      expect(await users.findByEmail("bob@example.com")).toBeNull();
    });
  });
}
