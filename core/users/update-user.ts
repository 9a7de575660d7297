import type { AuditTrail } from "../audit/audit-trail.js";
import { partyOf, recordedChange, userTarget } from "../audit/audit-trail.js";
import { updateRevokingSessions } from "../auth/session-revocation.js";
import type { JobQueue } from "../jobs/ports.js";
import type { Mailer } from "../mail/mailer.js";
import { queueEmail } from "../mail/queue-email.js";
import { type Actor, requireSuperuser } from "../shared/actor.js";
import { ANONYMOUS_CONTEXT, type RequestContext } from "../shared/request-context.js";
import type { PasswordHasher, UserRepository } from "./ports.js";
import type { StartEmailVerification } from "./start-email-verification.js";
import type { User, UserChanges, UserPatch } from "./user.js";
import { refuseTakenEmail, UserErrors } from "./user-errors.js";
import { updateDetails } from "./user-events.js";
import {
  type EmailRevertTokens,
  emailChanged,
  emailChangeNotice,
  passwordChanged,
  unprovedIfMoved,
} from "./user-notices.js";

/** An administrator edits any account, its password and roles included; a new password or a deactivation ends all its sessions. Raises: auth.insufficient_privileges, user.id_not_found, user.last_superuser, user.email_in_use. */
export class UpdateUser {
  constructor(
    private readonly users: UserRepository,
    private readonly hasher: PasswordHasher,
    private readonly trail: AuditTrail,
    /** Security notices go out only with a mailer; an e-mail change notice also needs the revert tokens. */
    private readonly mailer?: Mailer,
    private readonly revertTokens?: EmailRevertTokens,
    /** Sends the verification link to an address an administrator set. */
    private readonly verification?: StartEmailVerification,
  ) {}

  async execute(
    actor: Actor,
    userId: string,
    changes: UserChanges,
    context: RequestContext = ANONYMOUS_CONTEXT,
  ): Promise<User> {
    requireSuperuser(actor);
    const before = await this.users.findById(userId);
    if (!before) throw UserErrors.idNotFound();
    if (userId === actor.id && dropsOwnPrivileges(changes) && (await this.isLastActiveSuperuser())) {
      throw UserErrors.lastSuperuser();
    }
    if (changes.email !== undefined) {
      const owner = await this.users.findByEmail(changes.email);
      if (owner && owner.id !== userId) throw UserErrors.emailInUse();
    }
    const { password, ...profile } = changes;
    const moved = unprovedIfMoved(before, profile);
    const patch: UserPatch =
      password === undefined ? moved : { ...moved, hashedPassword: await this.hasher.hash(password) };
    const revokes = password !== undefined || changes.isActive === false;
    const now = this.trail.clock.now();
    const write = recordedChange(
      this.trail,
      context,
      async (repositories) => {
        const done = revokes
          ? await updateRevokingSessions(repositories, userId, patch, null, now)
          : await repositories.users.update(userId, patch).then((user) => user && { user, sessionsRevoked: 0 });
        if (done) await this.queueNotices(repositories.jobs, before, done.user, password !== undefined, now);
        if (done && emailChanged(before, done.user)) await this.verification?.for(repositories, done.user);
        return done;
      },
      async (done, repositories) =>
        done && {
          action: "user.updated",
          actor: await partyOf(repositories.users, actor.id),
          target: userTarget(userId),
          details: {
            ...updateDetails(before, done.user, password !== undefined),
            ...(revokes && { sessions_revoked: done.sessionsRevoked }),
          },
        },
    );
    const updated = (await refuseTakenEmail(write, UserErrors.emailInUse))?.user;
    if (!updated) throw UserErrors.idNotFound();
    return updated;
  }

  private async queueNotices(jobs: JobQueue, before: User, after: User, newPassword: boolean, now: Date) {
    if (newPassword) await queueEmail(this.mailer, jobs, passwordChanged(after.email, now));
    const notice = this.revertTokens && emailChangeNotice(this.revertTokens, before, after);
    if (notice) await queueEmail(this.mailer, jobs, notice);
  }

  private async isLastActiveSuperuser(): Promise<boolean> {
    return (await this.users.countSuperusers({ activeOnly: true })) <= 1;
  }
}

const dropsOwnPrivileges = (changes: UserChanges): boolean =>
  changes.isActive === false || changes.isSuperuser === false;
