import { describe, expect, it } from "vitest";
import { InterleavingUserRepository } from "../../adapters/memory/interleaving-user-repository.js";
import type { RecordingMailerOptions } from "../../adapters/memory/recording-mailer.js";
import { refusalOf } from "../../adapters/memory/refusal-of.js";
import { createTestWorld } from "../../adapters/memory/test-world.js";
import { CreateUser, type CreateUserInput } from "./create-user.js";

const input: CreateUserInput = {
  email: "new@example.com",
  password: "initial-password",
  fullName: "New Person",
  isActive: true,
  isSuperuser: false,
};
const emailRegistered = {
  kind: "conflict",
  code: "user.email_registered",
  message: "The user with this email already exists in the system.",
};

async function setUp(mailer?: RecordingMailerOptions) {
  const world = createTestWorld({ mailer });
  const admin = await world.seedUser({ isSuperuser: true });
  return {
    ...world,
    admin,
    createUser: new CreateUser(world.users, world.hasher, world.mailer, world.trail, world.verification),
  };
}

describe("CreateUser", () => {
  it("creates the account as given, password hashed and unverified, and mails the new user a welcome and a link", async () => {
    const { admin, users, hasher, queuedEmails, createUser } = await setUp();
    const user = await createUser.execute(admin.actor, { ...input, isActive: false, isSuperuser: true });
    expect(user).toMatchObject({
      email: "new@example.com",
      fullName: "New Person",
      isActive: false,
      isSuperuser: true,
    });
    expect((await hasher.verify("initial-password", user.hashedPassword ?? "")).valid).toBe(true);
    expect(await users.findById(user.id)).toEqual(user);
    expect(user.emailVerifiedAt).toBeNull();
    expect(queuedEmails()).toEqual([
      { kind: "new_account", to: "new@example.com" },
      { kind: "verify_email", to: "new@example.com", token: expect.any(String) },
    ]);
  });

  it("sends nothing when e-mail is not configured", async () => {
    const { admin, queuedEmails, createUser } = await setUp({ enabled: false });
    await createUser.execute(admin.actor, input);
    expect(queuedEmails()).toEqual([]);
  });

  it("creates the account without waiting for SMTP: the welcome e-mail is only queued", async () => {
    const { admin, users, mailer, queuedEmails, createUser } = await setUp({ failing: true });
    const user = await createUser.execute(admin.actor, input);
    expect(await users.findById(user.id)).toEqual(user);
    expect(mailer.attempts).toBe(0);
    expect(queuedEmails()).toHaveLength(2);
  });

  it("refuses a regular user and creates nothing", async () => {
    const { seedUser, users, createUser } = await setUp();
    const regular = await seedUser();
    expect(await refusalOf(createUser.execute(regular.actor, input))).toEqual({
      kind: "forbidden",
      code: "auth.insufficient_privileges",
      message: "The user doesn't have enough privileges",
    });
    expect(await users.findByEmail(input.email)).toBeNull();
  });

  it("refuses an e-mail that already has an account, and mails nobody", async () => {
    const { admin, seedUser, queuedEmails, createUser } = await setUp();
    await seedUser({ email: input.email });
    expect(await refusalOf(createUser.execute(admin.actor, input))).toEqual(emailRegistered);
    expect(queuedEmails()).toEqual([]);
  });

  it("refuses with the same message when a concurrent request takes the e-mail first", async () => {
    const { admin, seedUser, users, hasher, mailer, queuedEmails, trailThrough, verification } = await setUp();
    const racing = new InterleavingUserRepository(users, () => seedUser({ email: input.email }));
    expect(
      await refusalOf(
        new CreateUser(racing, hasher, mailer, trailThrough({ users: racing }), verification).execute(
          admin.actor,
          input,
        ),
      ),
    ).toEqual(emailRegistered);
    expect(queuedEmails()).toEqual([]);
  });
});
