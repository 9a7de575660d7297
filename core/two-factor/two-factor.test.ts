import { TOTP } from "otpauth";
import { describe, expect, it } from "vitest";
import { createTestWorld } from "../../adapters/memory/test-world.js";
import { LogInWithBearer } from "../auth/log-in-with-bearer.js";
import { LogInWithCookie } from "../auth/log-in-with-cookie.js";
import { PurgeEndedSessions } from "../auth/purge-ended-sessions.js";
import type { RequestContext } from "../shared/request-context.js";
import { CompleteMfaLogIn } from "./complete-mfa-log-in.js";
import { ConfirmTotp } from "./confirm-totp.js";
import { DisableTotp } from "./disable-totp.js";
import { MfaToken } from "./mfa-challenge.js";
import { RecoveryCodeMethod } from "./recovery-code-method.js";
import { RegenerateRecoveryCodes } from "./regenerate-recovery-codes.js";
import { ResetTwoFactor } from "./reset-two-factor.js";
import { SecondFactors } from "./second-factor.js";
import { SecondFactorGate } from "./second-factor-gate.js";
import { StartTotpSetup } from "./start-totp-setup.js";
import { TotpMethod } from "./totp-method.js";
import { SecondFactorRequired } from "./two-factor-errors.js";

const context: RequestContext = { ip: "203.0.113.9", userAgent: "test-agent", sessionId: null };
const STEP = 30_000;

function setUp() {
  const world = createTestWorld();
  const { users, hasher, twoFactor, mfaChallenges, totp, secretBox, secrets, issuer, trail, mailer, clock } = world;
  const factors = new SecondFactors([
    new TotpMethod(twoFactor, totp, secretBox),
    new RecoveryCodeMethod(twoFactor, secrets, mailer),
  ]);
  const gate = new SecondFactorGate(factors, mfaChallenges, secrets, clock);
  const startSetup = new StartTotpSetup(users, hasher, twoFactor, totp, secretBox, clock, "Aygentic Starter");
  const confirm = new ConfirmTotp(users, twoFactor, totp, secretBox, secrets, trail, mailer);
  const codeAt = (secret: string, offsetSteps = 0) =>
    new TOTP({ secret }).generate({ timestamp: clock.now().getTime() + offsetSteps * STEP });

  /** A user with TOTP confirmed by the current step's code: their secret and recovery codes. */
  async function seedWithTotp() {
    const seeded = await world.seedUser();
    const { secret } = await startSetup.execute(seeded.actor, seeded.password);
    const recoveryCodes = await confirm.execute(seeded.actor, codeAt(secret), context);
    return { ...seeded, secret, recoveryCodes };
  }

  const bearerLogIn = new LogInWithBearer(users, hasher, issuer, trail, gate);
  /** The token of the password step, which must refuse with "Second factor required". */
  async function passwordStep(email: string, password: string, logIn: LogInWithBearer | LogInWithCookie = bearerLogIn) {
    const refusal = await logIn.execute(email, password, context).catch((error: unknown) => error);
    if (!(refusal instanceof SecondFactorRequired)) throw new Error(`expected a second factor, got ${String(refusal)}`);
    return refusal;
  }

  const events = async (action: string) =>
    (await world.audit.list({ skip: 0, limit: 100 }, {})).data.filter((event) => event.action === action);

  return {
    ...world,
    factors,
    gate,
    startSetup,
    confirm,
    codeAt,
    seedWithTotp,
    passwordStep,
    events,
    bearerLogIn,
    cookieLogIn: new LogInWithCookie(users, hasher, issuer, trail, gate),
    complete: new CompleteMfaLogIn(users, mfaChallenges, factors, secrets, issuer, trail),
    disable: new DisableTotp(users, hasher, trail, mailer),
    regenerate: new RegenerateRecoveryCodes(users, hasher, totp, secrets, trail),
  };
}

describe("setting up TOTP", () => {
  it("needs the password, and keeps the secret sealed and pending until a code confirms it", async () => {
    const { seedUser, startSetup, twoFactor, secretBox } = setUp();
    const { actor, password } = await seedUser();
    await expect(startSetup.execute(actor, "wrong-password")).rejects.toThrow("Incorrect password");
    const { secret, otpauthUri } = await startSetup.execute(actor, password);
    expect(otpauthUri).toContain(`secret=${secret}`);
    const stored = await twoFactor.findTotp(actor.id);
    expect(stored?.sealedSecret).toBeNull();
    expect(stored?.pendingSealedSecret).not.toContain(secret);
    expect(secretBox.open(stored?.pendingSealedSecret ?? "")).toBe(secret);
    expect(await twoFactor.isTotpEnabled(actor.id)).toBe(false);
  });

  it("confirms with a code of the pending secret only: 10 recovery codes, an event and a notice", async () => {
    const { seedUser, startSetup, confirm, codeAt, twoFactor, events, queuedEmails } = setUp();
    const { actor, password, user } = await seedUser();
    const { secret } = await startSetup.execute(actor, password);
    await expect(confirm.execute(actor, "000000", context)).rejects.toThrow("Invalid code");
    await expect(confirm.execute(actor, codeAt(secret, 2), context)).rejects.toThrow("Invalid code");
    const codes = await confirm.execute(actor, codeAt(secret), context);
    expect(codes).toHaveLength(10);
    expect(await twoFactor.isTotpEnabled(actor.id)).toBe(true);
    expect(await twoFactor.countRecoveryCodesLeft(actor.id)).toBe(10);
    expect(await events("auth.totp_enabled")).toEqual([
      expect.objectContaining({ actorId: actor.id, ipAddress: context.ip }),
    ]);
    expect(queuedEmails()).toEqual([expect.objectContaining({ kind: "two_factor_enabled", to: user.email })]);
  });

  it("replaces a pending secret with a new one; the old one's codes no longer confirm", async () => {
    const { seedUser, startSetup, confirm, codeAt } = setUp();
    const { actor, password } = await seedUser();
    const first = await startSetup.execute(actor, password);
    const second = await startSetup.execute(actor, password);
    await expect(confirm.execute(actor, codeAt(first.secret), context)).rejects.toThrow("Invalid code");
    expect(await confirm.execute(actor, codeAt(second.secret), context)).toHaveLength(10);
  });
});

describe("logging in with TOTP", () => {
  it("lets a user without a second factor in with the password alone, recorded as a password login", async () => {
    const { seedUser, bearerLogIn, events } = setUp();
    const { user, password } = await seedUser();
    const grant = await bearerLogIn.execute(user.email, password, context);
    expect(grant.accessToken).toEqual(expect.any(String));
    expect((await events("auth.login"))[0]?.details).toEqual({ transport: "bearer", method: "password" });
  });

  it("stops the right password at a second step: no session, a token and the methods (never a passkey)", async () => {
    const { seedWithTotp, passwordStep, sessions, clock } = setUp();
    const { user, password } = await seedWithTotp();
    const refusal = await passwordStep(user.email, password);
    expect(refusal.message).toBe("Second factor required");
    expect(refusal.methods).toEqual(["totp", "recovery_code"]);
    expect(MfaToken.parse(refusal.mfaToken)).toMatchObject({ transport: "bearer", email: user.email });
    expect(await sessions.listLive(user.id, { now: clock.now(), usedSince: new Date(0) })).toEqual([]);
  });

  it("opens the session of the first step's transport with a code, recorded with its second factor", async () => {
    const { seedWithTotp, passwordStep, complete, codeAt, cookieLogIn, clock, events } = setUp();
    const { user, password, secret } = await seedWithTotp();
    const bearer = await passwordStep(user.email, password);
    const done = await complete.execute(bearer.mfaToken, { method: "totp", code: codeAt(secret, 1) }, context);
    expect(done.transport).toBe("bearer");
    clock.advance(2 * STEP);
    const cookie = await passwordStep(user.email, password, cookieLogIn);
    const viaCookie = await complete.execute(cookie.mfaToken, { method: "totp", code: codeAt(secret) }, context);
    expect(viaCookie).toMatchObject({ transport: "cookie", grant: { user: { id: user.id } } });
    expect((await events("auth.login")).map((event) => event.details)).toEqual([
      { transport: "cookie", method: "password", mfa: "totp" },
      { transport: "bearer", method: "password", mfa: "totp" },
    ]);
  });

  it("refuses a code accepted before, within its window, and an earlier one (no replay)", async () => {
    const { seedWithTotp, passwordStep, complete, codeAt } = setUp();
    const { user, password, secret } = await seedWithTotp();
    const confirmingCode = codeAt(secret);
    const first = await passwordStep(user.email, password);
    await expect(complete.execute(first.mfaToken, { method: "totp", code: confirmingCode }, context)).rejects.toThrow(
      "Invalid code",
    );
    const nextCode = codeAt(secret, 1);
    await complete.execute(first.mfaToken, { method: "totp", code: nextCode }, context);
    const second = await passwordStep(user.email, password);
    await expect(complete.execute(second.mfaToken, { method: "totp", code: nextCode }, context)).rejects.toThrow(
      "Invalid code",
    );
  });

  it("spends the token: it works once", async () => {
    const { seedWithTotp, passwordStep, complete } = setUp();
    const { user, password, recoveryCodes } = await seedWithTotp();
    const { mfaToken } = await passwordStep(user.email, password);
    await complete.execute(mfaToken, { method: "recovery_code", code: recoveryCodes[0] ?? "" }, context);
    const again = complete.execute(mfaToken, { method: "recovery_code", code: recoveryCodes[1] ?? "" }, context);
    await expect(again).rejects.toThrow("Invalid code");
  });

  it("voids the token after five wrong codes, each recorded as a failed second factor", async () => {
    const { seedWithTotp, passwordStep, complete, codeAt, events } = setUp();
    const { user, password, secret } = await seedWithTotp();
    const { mfaToken } = await passwordStep(user.email, password);
    for (let attempt = 0; attempt < 4; attempt += 1) {
      await expect(complete.execute(mfaToken, { method: "totp", code: "000000" }, context)).rejects.toThrow(
        "Invalid code",
      );
    }
    await expect(complete.execute(mfaToken, { method: "recovery_code", code: "nope" }, context)).rejects.toThrow(
      "Invalid code",
    );
    const right = complete.execute(mfaToken, { method: "totp", code: codeAt(secret, 1) }, context);
    await expect(right).rejects.toThrow("Invalid code");
    const failures = await events("auth.mfa_failed");
    expect(failures).toHaveLength(5);
    expect(failures.every((event) => event.outcome === "failure" && event.actorId === user.id)).toBe(true);
    expect(failures.map((event) => event.details.method).sort()).toEqual(["recovery_code", ...Array(4).fill("totp")]);
  });

  it("counts every one of concurrent wrong answers, so a burst cannot outrun the five", async () => {
    const { seedWithTotp, passwordStep, complete, codeAt, events } = setUp();
    const { user, password, secret } = await seedWithTotp();
    const { mfaToken } = await passwordStep(user.email, password);
    const burst = Array.from({ length: 8 }, (_, guess) =>
      complete.execute(mfaToken, { method: "totp", code: String(100000 + guess) }, context).catch((error) => error),
    );
    expect(
      (await Promise.all(burst)).every((error) => error instanceof Error && error.message === "Invalid code"),
    ).toBe(true);
    expect(await events("auth.mfa_failed")).toHaveLength(5);
    const right = complete.execute(mfaToken, { method: "totp", code: codeAt(secret, 1) }, context);
    await expect(right).rejects.toThrow("Invalid code");
  });

  it("voids the token after five minutes", async () => {
    const { seedWithTotp, passwordStep, complete, clock } = setUp();
    const { user, password, recoveryCodes } = await seedWithTotp();
    const { mfaToken } = await passwordStep(user.email, password);
    clock.advance(5 * 60_000 + 1);
    const late = complete.execute(mfaToken, { method: "recovery_code", code: recoveryCodes[0] ?? "" }, context);
    await expect(late).rejects.toThrow("Invalid code");
  });

  it("refuses an altered token and a passkey proof, which this app does not offer", async () => {
    const { seedWithTotp, passwordStep, complete } = setUp();
    const { user, password, recoveryCodes } = await seedWithTotp();
    const { mfaToken } = await passwordStep(user.email, password);
    const parts = MfaToken.parse(mfaToken);
    if (!parts) throw new Error("unreadable token");
    const code = recoveryCodes[0] ?? "";
    for (const altered of [
      MfaToken.format({ ...parts, transport: "cookie" }),
      MfaToken.format({ ...parts, email: "someone-else@example.com" }),
      MfaToken.format({ ...parts, secret: "guessed" }),
    ]) {
      await expect(complete.execute(altered, { method: "recovery_code", code }, context)).rejects.toThrow(
        "Invalid code",
      );
    }
    await expect(complete.execute(mfaToken, { method: "passkey", assertion: {} }, context)).rejects.toThrow(
      "Invalid code",
    );
    expect((await complete.execute(mfaToken, { method: "recovery_code", code }, context)).transport).toBe("bearer");
  });
});

describe("recovery codes", () => {
  it("each works once, in any letter case, with a notice and an event telling how many are left", async () => {
    const { seedWithTotp, passwordStep, complete, events, queuedEmails, twoFactor } = setUp();
    const { user, password, recoveryCodes } = await seedWithTotp();
    const code = recoveryCodes[3] ?? "";
    const first = await passwordStep(user.email, password);
    await complete.execute(first.mfaToken, { method: "recovery_code", code: code.toUpperCase() }, context);
    const second = await passwordStep(user.email, password);
    await expect(complete.execute(second.mfaToken, { method: "recovery_code", code }, context)).rejects.toThrow(
      "Invalid code",
    );
    expect(await twoFactor.countRecoveryCodesLeft(user.id)).toBe(9);
    expect(await events("auth.recovery_code_used")).toEqual([
      expect.objectContaining({ actorId: user.id, details: { codes_left: 9 } }),
    ]);
    expect((await events("auth.login"))[0]?.details).toMatchObject({ mfa: "recovery_code" });
    expect(queuedEmails().at(-1)).toMatchObject({ kind: "recovery_code_used", to: user.email, codesLeft: "9" });
  });

  it("are stored as digests only", async () => {
    const { seedWithTotp, store } = setUp();
    const { recoveryCodes } = await seedWithTotp();
    const stored = JSON.stringify([...store.ownedTable("recovery_code").values()]);
    for (const code of recoveryCodes) {
      expect(stored).not.toContain(code);
      expect(stored).not.toContain(code.replace(/-/g, ""));
    }
  });

  it("are replaced with the password: the old ones stop working", async () => {
    const { seedWithTotp, regenerate, passwordStep, complete, events } = setUp();
    const { user, actor, password, recoveryCodes } = await seedWithTotp();
    await expect(regenerate.execute(actor, "wrong-password", context)).rejects.toThrow("Incorrect password");
    const fresh = await regenerate.execute(actor, password, context);
    expect(fresh).toHaveLength(10);
    const { mfaToken } = await passwordStep(user.email, password);
    const old = complete.execute(mfaToken, { method: "recovery_code", code: recoveryCodes[0] ?? "" }, context);
    await expect(old).rejects.toThrow("Invalid code");
    expect(await events("auth.recovery_codes_regenerated")).toHaveLength(1);
  });

  it("cannot be made without TOTP", async () => {
    const { seedUser, regenerate } = setUp();
    const { actor, password } = await seedUser();
    await expect(regenerate.execute(actor, password, context)).rejects.toThrow(
      "Two-factor authentication is not enabled",
    );
  });
});

describe("turning TOTP off", () => {
  it("needs the password; the codes go with it, the user is told, and the password alone logs in", async () => {
    const { seedWithTotp, disable, bearerLogIn, twoFactor, events, queuedEmails } = setUp();
    const { user, actor, password } = await seedWithTotp();
    await expect(disable.execute(actor, "wrong-password", context)).rejects.toThrow("Incorrect password");
    await disable.execute(actor, password, context);
    expect(await twoFactor.findTotp(actor.id)).toBeNull();
    expect(await twoFactor.countRecoveryCodesLeft(actor.id)).toBe(0);
    expect((await bearerLogIn.execute(user.email, password, context)).session.userId).toBe(user.id);
    expect(await events("auth.totp_disabled")).toHaveLength(1);
    expect(queuedEmails().at(-1)).toMatchObject({ kind: "two_factor_disabled", to: user.email });
  });

  it("changes nothing, and records nothing, when it was not on", async () => {
    const { seedUser, disable, events, queuedEmails } = setUp();
    const { actor, password } = await seedUser();
    await disable.execute(actor, password, context);
    expect(await events("auth.totp_disabled")).toEqual([]);
    expect(queuedEmails()).toEqual([]);
  });
});

describe("purging", () => {
  it("deletes log-in challenges a day after they expired, with the ended sessions", async () => {
    const { seedWithTotp, passwordStep, mfaChallenges, sessions, clock, policy } = setUp();
    const { user, password } = await seedWithTotp();
    const { mfaToken } = await passwordStep(user.email, password);
    const id = MfaToken.parse(mfaToken)?.challengeId ?? "";
    const purge = new PurgeEndedSessions(sessions, clock, policy, mfaChallenges);
    await purge.execute();
    expect(await mfaChallenges.findById(id)).not.toBeNull();
    clock.advanceDays(1);
    clock.advance(6 * 60_000);
    await purge.execute();
    expect(await mfaChallenges.findById(id)).toBeNull();
  });
});

describe("an administrator's reset", () => {
  it("removes a user's factor and codes, tells them, and records who did it", async () => {
    const { seedWithTotp, seedUser, trail, mailer, users, twoFactor, bearerLogIn, events, queuedEmails } = setUp();
    const admin = await seedUser({ isSuperuser: true });
    const { user, actor, password } = await seedWithTotp();
    const reset = new ResetTwoFactor(users, trail, mailer);
    await expect(reset.execute(actor, user.id, context)).rejects.toThrow();
    await expect(reset.execute(admin.actor, "00000000-0000-4000-8000-000000000000", context)).rejects.toThrow(
      "The user with this id does not exist in the system",
    );
    await reset.execute(admin.actor, user.id, context);
    expect(await twoFactor.findTotp(user.id)).toBeNull();
    expect((await bearerLogIn.execute(user.email, password, context)).session.userId).toBe(user.id);
    expect(await events("auth.totp_disabled")).toEqual([
      expect.objectContaining({ actorId: admin.user.id, targetId: user.id, details: { by_administrator: true } }),
    ]);
    expect(queuedEmails().at(-1)).toMatchObject({ kind: "two_factor_disabled", to: user.email });
  });
});
