import type { PasswordCheck, PasswordHasher } from "../../core/users/ports.js";

/** Wraps a PasswordHasher and counts each kind of call, so a test can see which checks a use case ran. */
export class CountingPasswordHasher implements PasswordHasher {
  readonly calls = { hash: 0, verify: 0, verifyDummy: 0 };

  constructor(private readonly inner: PasswordHasher) {}

  hash(password: string): Promise<string> {
    this.calls.hash += 1;
    return this.inner.hash(password);
  }

  verify(password: string, hashedPassword: string): Promise<PasswordCheck> {
    this.calls.verify += 1;
    return this.inner.verify(password, hashedPassword);
  }

  verifyDummy(password: string): Promise<void> {
    this.calls.verifyDummy += 1;
    return this.inner.verifyDummy(password);
  }
}
