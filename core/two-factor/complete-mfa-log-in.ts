import {
  type AuditEntry,
  type AuditTrail,
  auditEvent,
  recordAlone,
  recordedChange,
  userTarget,
} from "../audit/audit-trail.js";
import { AuthErrors } from "../auth/auth-errors.js";
import { loginSucceeded } from "../auth/login-events.js";
import type { BearerGrant, CookieGrant, SessionIssuer } from "../auth/session-issuer.js";
import type { SecretGenerator } from "../auth/session-ports.js";
import type { RequestContext } from "../shared/request-context.js";
import type { UserRepository } from "../users/ports.js";
import type { User } from "../users/user.js";
import { isOpen, type MfaChallenge, MfaToken } from "./mfa-challenge.js";
import type { MfaChallengeRepository } from "./ports.js";
import type { SecondFactorProof, SecondFactors } from "./second-factor.js";
import { TwoFactorErrors } from "./two-factor-errors.js";

/** The log-in the second step completes, answered the way its password step came. */
export type MfaGrant =
  | { readonly transport: "bearer"; readonly grant: BearerGrant }
  | { readonly transport: "cookie"; readonly grant: CookieGrant };

/** Thrown inside the unit when the proof does not hold, so the unit rolls back before the failure is counted. */
class WrongProof extends Error {}

/**
 * The second step of a log-in: the `mfa_token` of the password step and a proof of a second factor open the session
 * the first step would have, once. A wrong proof counts against the token (void after five) and is recorded; a
 * void, expired, spent or altered token gets the same answer as a wrong code.
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
    const now = this.trail.clock.now();
    const method = this.factors.methodFor(proof);
    try {
      return await recordedChange(
        this.trail,
        context,
        async (repositories) => {
          if (!(await repositories.mfaChallenges.spend(challenge.id, now))) throw TwoFactorErrors.invalidCode();
          const current = await repositories.users.findByIdForUpdate(user.id);
          if (!current?.isActive) throw AuthErrors.inactiveUser();
          const record = (entry: AuditEntry) => repositories.audit.record(auditEvent(this.trail, entry, context));
          const step = { user: current, repositories, now, record };
          if (!method || !(await method.verify(proof, step))) throw new WrongProof();
          if (challenge.transport === "bearer") {
            const grant = await this.issuer.openForBearer(current, context, repositories.sessions);
            return { transport: "bearer", grant } as const;
          }
          const grant = await this.issuer.openForCookie(current, context, repositories.sessions);
          return { transport: "cookie", grant } as const;
        },
        (done) => loginSucceeded(user, done.grant.session, done.transport, proof.method),
      );
    } catch (error) {
      if (!(error instanceof WrongProof)) throw error;
      await this.countFailure(challenge, user, proof, context);
      throw TwoFactorErrors.invalidCode();
    }
  }

  /** The open challenge the token names, and its user; the token's parts must all match it. */
  private async openChallenge(mfaToken: string): Promise<{ challenge: MfaChallenge; user: User }> {
    const parts = MfaToken.parse(mfaToken);
    const challenge = parts && (await this.challenges.findById(parts.challengeId));
    const matches =
      parts !== null &&
      challenge &&
      isOpen(challenge, this.trail.clock.now()) &&
      challenge.transport === parts.transport &&
      challenge.secretHash === this.secrets.hash(parts.secret);
    const user = matches ? await this.users.findById(challenge.userId) : null;
    if (!parts || !challenge || !user || user.email.toLowerCase() !== parts.email.toLowerCase()) {
      throw TwoFactorErrors.invalidCode();
    }
    return { challenge, user };
  }

  private async countFailure(
    challenge: MfaChallenge,
    user: User,
    proof: SecondFactorProof,
    context: RequestContext,
  ): Promise<void> {
    await this.challenges.countFailure(challenge.id);
    await recordAlone(
      this.trail,
      {
        action: "auth.mfa_failed",
        outcome: "failure",
        actor: { id: user.id, email: user.email },
        target: userTarget(user.id),
        details: { method: proof.method },
      },
      context,
    );
  }
}
