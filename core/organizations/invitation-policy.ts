/** How long an invitation link stays valid. */
export interface InvitationPolicy {
  readonly expireDays: number;
}

export const DEFAULT_INVITATION_POLICY: InvitationPolicy = { expireDays: 7 };

const DAY_MS = 24 * 60 * 60 * 1000;

export const invitationExpiry = (policy: InvitationPolicy, now: Date): Date =>
  new Date(now.getTime() + policy.expireDays * DAY_MS);
