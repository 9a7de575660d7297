import { AddPasskey } from "../../core/passkeys/add-passkey.js";
import { LogInWithPasskey } from "../../core/passkeys/log-in-with-passkey.js";
import type { SignInMethods } from "../../core/passkeys/ports.js";
import { RemoveMyPasskey } from "../../core/passkeys/remove-my-passkey.js";
import { RenameMyPasskey } from "../../core/passkeys/rename-my-passkey.js";
import { StartPasskeyAssertion } from "../../core/passkeys/start-passkey-assertion.js";
import { StartPasskeyRegistration } from "../../core/passkeys/start-passkey-registration.js";
import { VerifyPasskeyAssertion } from "../../core/passkeys/verify-passkey-assertion.js";
import { relyingPartyOf, SimpleWebAuthnCeremonies } from "../security/simple-webauthn-ceremonies.js";
import { SoftwareAuthenticator } from "../testing/software-authenticator.js";
import { InMemoryPasskeyChallengeRepository } from "./in-memory-passkey-challenge-repository.js";
import { InMemoryPasskeyRepository } from "./in-memory-passkey-repository.js";
import { actorOf, createTestWorld, type SeededUser } from "./test-world.js";

export const PASSKEY_ORIGIN = "http://localhost:5173";

/** Sign-in methods a test sets per user: everyone has a password unless the test takes it away. */
export class SettableSignInMethods implements SignInMethods {
  readonly withoutPassword = new Set<string>();

  async canSignInWithoutPasskeys(userId: string): Promise<boolean> {
    return !this.withoutPassword.has(userId);
  }
}

/**
 * The test world plus passkeys: in-memory passkeys and challenges, the real WebAuthn ceremonies for
 * `PASSKEY_ORIGIN`, the passkey use cases, and software authenticators that answer them.
 */
export function createPasskeyWorld() {
  const world = createTestWorld();
  const { users, trail, clock, issuer, mailer } = world;
  const passkeys = new InMemoryPasskeyRepository(world.store);
  const challenges = new InMemoryPasskeyChallengeRepository();
  const ceremonies = new SimpleWebAuthnCeremonies(relyingPartyOf(PASSKEY_ORIGIN, "Test"));
  const signInMethods = new SettableSignInMethods();
  const verify = new VerifyPasskeyAssertion(passkeys, challenges, ceremonies, clock);
  const useCases = {
    startRegistration: new StartPasskeyRegistration(users, passkeys, challenges, ceremonies, clock),
    add: new AddPasskey(challenges, ceremonies, trail, mailer),
    rename: new RenameMyPasskey(passkeys),
    remove: new RemoveMyPasskey(trail, signInMethods),
    startAssertion: new StartPasskeyAssertion(passkeys, challenges, ceremonies, clock),
    verify,
    logIn: new LogInWithPasskey(verify, users, issuer, trail),
  };
  const context = { ip: "203.0.113.9", userAgent: "test-agent", sessionId: null };

  /** Registers a passkey of `owner` made by a new software authenticator; gives both. */
  async function registerPasskey(owner: SeededUser, name = "Laptop") {
    const authenticator = new SoftwareAuthenticator(PASSKEY_ORIGIN);
    const options = await useCases.startRegistration.execute(actorOf(owner.user));
    const response = authenticator.register(options as { challenge: string; user: { id: string } });
    const passkey = await useCases.add.execute(owner.actor, name, response, context);
    return { authenticator, passkey };
  }

  return { ...world, passkeys, challenges, ceremonies, signInMethods, ...useCases, context, registerPasskey };
}
