import {
  type AuditEntry,
  type AuditTrail,
  auditEvent,
  recordAlone,
  recordedChange,
  userTarget,
} from "../audit/audit-trail.js";
import type { CookieGrant, SessionIssuer } from "../auth/session-issuer.js";
import type { DomainError } from "../shared/errors.js";
import type { RequestContext } from "../shared/request-context.js";
import type { TransactionalRepositories } from "../shared/unit-of-work.js";
import type { SecondFactorGate } from "../two-factor/second-factor-gate.js";
import { EmailTaken, type UserRepository } from "../users/ports.js";
import type { User } from "../users/user.js";
import type { ProviderProfile } from "./identity.js";
import { IdentityErrors } from "./identity-errors.js";
import { identityLinked, identityLogin } from "./identity-events.js";
import { type IdentityRepository, IdentityTaken } from "./ports.js";

export interface SignInWithIdentityPolicy {
  /** Whether a person unknown here may get an account by signing in at a provider. */
  readonly openRegistration: boolean;
}

/**
 * Signs in the person a provider vouched for, with a cookie session as a password login opens it:
 * 1. an identity already linked → its user;
 * 2. else a user with the same e-mail → linked only when the provider asserts the address verified and the user
 *    proved it here too; otherwise refused (the person signs in with their password and links from Settings);
 * 3. else, when registration is open, a new user with that address verified and no password.
 * Raises: identity.email_missing, identity.link_requires_password, identity.registration_closed, identity.inactive_user.
 */
export class SignInWithIdentity {
  constructor(
    private readonly users: UserRepository,
    private readonly identities: IdentityRepository,
    private readonly issuer: SessionIssuer,
    private readonly trail: AuditTrail,
    private readonly policy: SignInWithIdentityPolicy,
    /** Asks an account with a second factor for it, as after a password. */
    private readonly gate?: SecondFactorGate,
  ) {}

  async execute(profile: ProviderProfile, context: RequestContext): Promise<CookieGrant> {
    try {
      return await this.signIn(profile, context);
    } catch (error) {
      // Two callbacks of one person racing: the loser finds what the winner linked or created.
      if (error instanceof IdentityTaken || error instanceof EmailTaken) return this.signIn(profile, context);
      throw error;
    }
  }

  private async signIn(profile: ProviderProfile, context: RequestContext): Promise<CookieGrant> {
    const linked = await this.identities.findBySubject(profile.provider, profile.subject);
    if (linked) {
      const user = await this.users.findById(linked.userId);
      if (user) return this.openSession(user, profile, context, async () => []);
    }
    if (!profile.email) return this.refuse(IdentityErrors.emailMissing(), profile, null, context);
    const owner = await this.users.findByEmail(profile.email);
    if (owner) {
      if (!profile.emailVerified || owner.emailVerifiedAt === null) {
        return this.refuse(IdentityErrors.linkRequiresPassword(), profile, owner, context);
      }
      return this.openSession(owner, profile, context, (repositories) => this.link(owner, profile, repositories));
    }
    if (!this.policy.openRegistration) return this.refuse(IdentityErrors.registrationClosed(), profile, null, context);
    return this.register(profile, profile.email, context);
  }

  private async register(profile: ProviderProfile, email: string, context: RequestContext): Promise<CookieGrant> {
    const now = this.trail.clock.now();
    return recordedChange(
      this.trail,
      context,
      async (repositories) => {
        const user = await repositories.users.add({
          email,
          fullName: profile.name,
          hashedPassword: null,
          isActive: true,
          isSuperuser: false,
          emailVerifiedAt: profile.emailVerified ? now : null,
        });
        const signedUp: AuditEntry = {
          action: "user.signed_up",
          actor: { id: user.id, email: user.email },
          target: userTarget(user.id),
          details: { method: "oidc", provider: profile.provider },
        };
        const entries = [signedUp, ...(await this.link(user, profile, repositories))];
        for (const entry of entries) await this.recordIn(repositories, entry, context);
        return this.issuer.openForCookie(user, context, repositories.sessions);
      },
      (opened) => identityLogin(opened.user, opened.session, profile.provider),
    );
  }

  private async openSession(
    user: User,
    profile: ProviderProfile,
    context: RequestContext,
    before: (repositories: TransactionalRepositories) => Promise<AuditEntry[]>,
  ): Promise<CookieGrant> {
    if (!user.isActive) return this.refuse(IdentityErrors.inactiveUser(), profile, user, context);
    await this.gate?.check(user, "cookie");
    return recordedChange(
      this.trail,
      context,
      async (repositories) => {
        const current = await repositories.users.findByIdForUpdate(user.id);
        if (!current?.isActive) throw IdentityErrors.inactiveUser();
        for (const entry of await before(repositories)) await this.recordIn(repositories, entry, context);
        return this.issuer.openForCookie(current, context, repositories.sessions);
      },
      (grant) => identityLogin(grant.user, grant.session, profile.provider),
    );
  }

  private async link(user: User, profile: ProviderProfile, repositories: TransactionalRepositories) {
    const identity = await repositories.identities.add({
      userId: user.id,
      provider: profile.provider,
      subject: profile.subject,
      email: profile.email,
      createdAt: this.trail.clock.now(),
    });
    return [identityLinked(user, identity)];
  }

  private async recordIn(repositories: TransactionalRepositories, entry: AuditEntry, context: RequestContext) {
    await repositories.audit.record(auditEvent(this.trail, entry, context));
  }

  private async refuse(
    refusal: DomainError,
    profile: ProviderProfile,
    user: User | null,
    context: RequestContext,
  ): Promise<never> {
    await recordAlone(
      this.trail,
      {
        action: "auth.login",
        outcome: "failure",
        actor: { id: null, email: profile.email },
        target: user ? userTarget(user.id) : null,
        details: { method: "oidc", provider: profile.provider, reason: refusal.code.replace(/^identity\./, "") },
      },
      context,
    );
    throw refusal;
  }
}
