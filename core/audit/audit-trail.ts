import type { Clock } from "../shared/clock.js";
import type { RequestContext } from "../shared/request-context.js";
import type { UnitOfWork } from "../shared/unit-of-work.js";
import type { UserRepository } from "../users/ports.js";
import type { AuditAction, AuditDetails, AuditOutcome, AuditTargetType, NewAuditEvent } from "./audit-event.js";

/** Who did it: a user's id and e-mail as they are now, or only an e-mail (a failed login's). */
export interface AuditParty {
  readonly id: string | null;
  readonly email: string | null;
}

/** What a use case says about its event; the trail adds the time and where the request came from. */
export interface AuditEntry {
  readonly action: AuditAction;
  readonly actor: AuditParty | null;
  readonly target?: { readonly type: AuditTargetType; readonly id: string } | null;
  readonly outcome?: AuditOutcome;
  readonly details?: AuditDetails;
}

/**
 * Turns use-case entries into events. A change and its event are written in one unit of work (the use case records
 * through the unit's `audit`); an event that records no change (a refused login) gets a unit of its own.
 */
export class AuditTrail {
  constructor(
    readonly unitOfWork: UnitOfWork,
    private readonly clock: Clock,
  ) {}

  event(entry: AuditEntry, context: RequestContext): NewAuditEvent {
    return {
      occurredAt: this.clock.now(),
      actorId: entry.actor?.id ?? null,
      actorEmail: entry.actor?.email ?? null,
      action: entry.action,
      targetType: entry.target?.type ?? null,
      targetId: entry.target?.id ?? null,
      outcome: entry.outcome ?? "success",
      ipAddress: context.ip,
      userAgent: context.userAgent,
      details: entry.details ?? {},
    };
  }

  /** Records an event that goes with no change, in a unit of its own. */
  recordAlone(entry: AuditEntry, context: RequestContext): Promise<void> {
    return this.unitOfWork.run((repositories) => repositories.audit.record(this.event(entry, context)));
  }
}

/** The party a user id stands for, with its e-mail as it is now (null when the user is gone). */
export async function partyOf(users: UserRepository, userId: string): Promise<AuditParty> {
  return { id: userId, email: (await users.findById(userId))?.email ?? null };
}
