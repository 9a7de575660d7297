import { type AuditEntry, type AuditTrail, auditEvent, recordedChange, userTarget } from "../audit/audit-trail.js";
import { AuthErrors } from "../auth/auth-errors.js";
import { loginSucceeded } from "../auth/login-events.js";
import type { BearerGrant, CookieGrant, SessionIssuer } from "../auth/session-issuer.js";
import type { SecretGenerator } from "../auth/session-ports.js";
import type { RequestContext } from "../shared/request-context.js";
import type { TransactionalRepositories } from "../shared/unit-of-work.js";
import type { UserRepository } from "../users/ports.js";
import type { User } from "../users/user.js";
import { isOpen, type MfaChallenge } from "./mfa-challenge.js";
import { openMfaChallenge } from "./open-mfa-challenge.js";
import type { MfaChallengeRepository } from "./ports.js";
import type { SecondFactorProof, SecondFactors } from "./second-factor.js";
import { TwoFactorErrors } from "./two-factor-errors.js";

/** The log-in the second step completes, answered the way its password step came. */
export type MfaGrant =
  | { readonly transport: "bearer"; readonly grant: BearerGrant }
  | { readonly transport: "cookie"; readonly grant: CookieGrant };

/** How an answer to a challenge ended: a session, a wrong proof (counted), or a challenge no longer open. */
type Outcome = { readonly kind: "granted"; readonly done: MfaGrant } | { readonly kind: "wrong" | "void" };

/**
 * The second step of a log-in: the `mfa_token` of the password step and a proof of a second factor open the session
 * the first step would have, once. The challenge's row is locked while the proof is checked, so concurrent answers
 * are checked one by one and each wrong one is counted before the next (void after five) and recorded; a void,
 * expired, spent or altered token gets the same answer as a wrong code.
 * Raises: two_factor.invalid_code, auth.inactive_user.
 */
export class CompleteMfaLogIn {
  constructor(
    private readonly users: UserRepository,
    private readonly challenges: MfaChallengeRepository,
    private readonly factors: SecondFactors,
    private readonly secrets: SecretGenerator,
    private readonly issuer: SessionIssuer,
    private readonly trail: AuditTrail,
  ) {}

  async execute(mfaToken: string, proof: SecondFactorProof, context: RequestContext): Promise<MfaGrant> {
    const { challenge, user } = await this.openChallenge(mfaToken);
    const outcome = await recordedChange(
      this.trail,
      context,
      (repositories) => this.answer(challenge, proof, repositories, context),
      (result): AuditEntry | null => {
        if (result.kind === "granted") {
          return loginSucceeded(user, result.done.grant.session, result.done.transport, proof.method);
        }
        if (result.kind === "void") return null;
        return {
          action: "auth.mfa_failed",
          outcome: "failure",
          actor: { id: user.id, email: user.email },
          target: userTarget(user.id),
          details: { method: proof.method },
        };
      },
    );
    if (outcome.kind !== "granted") throw TwoFactorErrors.invalidCode();
    return outcome.done;
  }

  private async answer(
    challenge: MfaChallenge,
    proof: SecondFactorProof,
    repositories: TransactionalRepositories,
    context: RequestContext,
  ): Promise<Outcome> {
    const now = this.trail.clock.now();
    const current = await repositories.mfaChallenges.findByIdForUpdate(challenge.id);
    if (!current || !isOpen(current, now)) return { kind: "void" };
    const user = await repositories.users.findByIdForUpdate(challenge.userId);
    if (!user?.isActive) throw AuthErrors.inactiveUser();
    const record = (entry: AuditEntry) => repositories.audit.record(auditEvent(this.trail, entry, context));
    const method = this.factors.methodFor(proof);
    if (!method || !(await method.verify(proof, { user, repositories, now, record }))) {
      await repositories.mfaChallenges.countFailure(challenge.id);
      return { kind: "wrong" };
    }
    if (!(await repositories.mfaChallenges.spend(challenge.id, now))) return { kind: "void" };
    if (current.transport === "bearer") {
      const grant = await this.issuer.openForBearer(user, context, repositories.sessions);
      return { kind: "granted", done: { transport: "bearer", grant } };
    }
    const grant = await this.issuer.openForCookie(user, context, repositories.sessions);
    return { kind: "granted", done: { transport: "cookie", grant } };
  }

  private openChallenge(mfaToken: string): Promise<{ challenge: MfaChallenge; user: User }> {
    const { users, challenges, secrets } = this;
    return openMfaChallenge({ users, challenges, secrets, clock: this.trail.clock }, mfaToken);
  }
}
