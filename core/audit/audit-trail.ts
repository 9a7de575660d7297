import type { Clock } from "../shared/clock.js";
import type { RequestContext } from "../shared/request-context.js";
import type { TransactionalRepositories, UnitOfWork } from "../shared/unit-of-work.js";
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
  readonly organizationId?: string | null;
}

/**
 * What a use case needs to record its events: units of work (a change and its event commit or roll back together)
 * and the clock that dates them. Revoking sessions together with a change to a user needs the same two.
 */
export interface AuditTrail {
  readonly unitOfWork: UnitOfWork;
  readonly clock: Clock;
}

/** The longest user agent or e-mail kept, as sessions keep user agents. */
const MAX_TEXT = 255;
const capped = (text: string | null): string | null => (text === null ? null : text.slice(0, MAX_TEXT));

export function auditEvent(trail: AuditTrail, entry: AuditEntry, context: RequestContext): NewAuditEvent {
  return {
    occurredAt: trail.clock.now(),
    actorId: entry.actor?.id ?? null,
    actorEmail: capped(entry.actor?.email ?? null),
    action: entry.action,
    targetType: entry.target?.type ?? null,
    targetId: entry.target?.id ?? null,
    outcome: entry.outcome ?? "success",
    ipAddress: context.ip,
    userAgent: capped(context.userAgent),
    details: entry.details ?? {},
    organizationId: entry.organizationId ?? null,
  };
}

/**
 * Runs `change` in one unit of work and records, in the same transaction, the event `entryOf` makes of its result
 * (none when it gives null: the change did not happen). If either write fails, neither is kept.
 */
export function recordedChange<T>(
  trail: AuditTrail,
  context: RequestContext,
  change: (repositories: TransactionalRepositories) => Promise<T>,
  entryOf: (result: T, repositories: TransactionalRepositories) => AuditEntry | null | Promise<AuditEntry | null>,
): Promise<T> {
  return trail.unitOfWork.run(async (repositories) => {
    const result = await change(repositories);
    const entry = await entryOf(result, repositories);
    if (entry) await repositories.audit.record(auditEvent(trail, entry, context));
    return result;
  });
}

/** Records an event that goes with no change (a refused login, a reset request), in a unit of its own. */
export function recordAlone(trail: AuditTrail, entry: AuditEntry, context: RequestContext): Promise<void> {
  return trail.unitOfWork.run((repositories) => repositories.audit.record(auditEvent(trail, entry, context)));
}

/** The party a user id stands for, with its e-mail as it is now (null when the user is gone). */
export async function partyOf(users: UserRepository, userId: string): Promise<AuditParty> {
  return { id: userId, email: (await users.findById(userId))?.email ?? null };
}

export const userTarget = (id: string) => ({ type: "user", id }) as const;
export const sessionTarget = (id: string) => ({ type: "session", id }) as const;
export const passkeyTarget = (id: string) => ({ type: "passkey", id }) as const;
