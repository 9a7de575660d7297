import type { AuditEntry } from "../audit/audit-trail.js";
import type { TransactionalRepositories } from "../shared/unit-of-work.js";
import type { User } from "../users/user.js";
import type { SecondFactorName } from "./two-factor-errors.js";

/** What a client sends at the second step of a log-in, by method. */
export type SecondFactorProof =
  | { readonly method: "totp"; readonly code: string }
  | { readonly method: "recovery_code"; readonly code: string }
  | { readonly method: "passkey"; readonly assertion: unknown };

/** Where a method checks a proof: inside the unit of work that completes the log-in. */
export interface SecondFactorStep {
  readonly user: User;
  readonly repositories: TransactionalRepositories;
  readonly now: Date;
  /** Records one more event in the unit (e.g. a recovery code was used). */
  readonly record: (entry: AuditEntry) => Promise<void>;
}

/**
 * One way to complete a log-in after its password step (TOTP, a recovery code, a passkey). Each method is a class
 * of its own; the second step finds the one named by the proof, so a new method plugs in without changing it.
 */
export interface SecondFactorMethod {
  readonly name: SecondFactorName;
  /** Whether having this method makes the password alone insufficient (TOTP does; a recovery code only backs it up). */
  readonly demandsSecondStep: boolean;
  /** Whether the user can complete a log-in with this method now. */
  isAvailable(userId: string): Promise<boolean>;
  /** True when the proof holds; it is then spent in the step's unit of work (a code cannot be replayed). */
  verify(proof: SecondFactorProof, step: SecondFactorStep): Promise<boolean>;
}

/** The second-factor methods the app has, in the order they are offered. */
export class SecondFactors {
  constructor(private readonly methods: readonly SecondFactorMethod[]) {}

  /** The user's methods when one of them demands a second step; empty when the password alone logs in. */
  async requiredFor(userId: string): Promise<SecondFactorName[]> {
    const available = [];
    for (const method of this.methods) if (await method.isAvailable(userId)) available.push(method);
    return available.some((method) => method.demandsSecondStep) ? available.map((method) => method.name) : [];
  }

  methodFor(proof: SecondFactorProof): SecondFactorMethod | null {
    return this.methods.find((method) => method.name === proof.method) ?? null;
  }
}
