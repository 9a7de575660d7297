import { describe, expect, it } from "vitest";
import { createTestWorld } from "../../adapters/memory/test-world.js";
import { PurgeExpiredVerifications } from "./purge-expired-verifications.js";

describe("PurgeExpiredVerifications", () => {
  it("deletes the links that expired and keeps the live ones; a second run deletes nothing", async () => {
    const { unitOfWork, clock, seedUser } = createTestWorld();
    const ann = (await seedUser()).user;
    const bob = (await seedUser()).user;
    const at = (ms: number) => new Date(clock.now().getTime() + ms);
    await unitOfWork.run(async ({ emailVerifications }) => {
      await emailVerifications.replace({ userId: ann.id, email: ann.email, tokenHash: "a", expiresAt: at(-1) });
      await emailVerifications.replace({ userId: bob.id, email: bob.email, tokenHash: "b", expiresAt: at(1) });
    });
    const purge = new PurgeExpiredVerifications(unitOfWork, clock);
    expect(await purge.execute()).toBe(1);
    expect(await purge.execute()).toBe(0);
    expect(await unitOfWork.run(({ emailVerifications }) => emailVerifications.take("b"))).not.toBeNull();
  });
});
