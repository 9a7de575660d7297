import type { OrganizationRole } from "./organization.js";

/** An offer to join an organisation with a role, sent to an e-mail address; its token is stored only as a hash. */
export interface Invitation {
  readonly id: string;
  readonly organizationId: string;
  /** Lower-cased. */
  readonly email: string;
  readonly role: OrganizationRole;
  readonly tokenHash: string;
  readonly invitedBy: string | null;
  readonly createdAt: Date | null;
  readonly expiresAt: Date;
  readonly acceptedAt: Date | null;
  readonly revokedAt: Date | null;
}

export type NewInvitation = Omit<Invitation, "id" | "createdAt" | "acceptedAt" | "revokedAt">;

/** Neither accepted nor revoked nor expired at `now`. */
export const isPending = (invitation: Invitation, now: Date): boolean =>
  invitation.acceptedAt === null && invitation.revokedAt === null && invitation.expiresAt.getTime() > now.getTime();

/** An address with its local part hidden but its first character (`j***@example.com`). */
export function maskedEmail(email: string): string {
  const at = email.lastIndexOf("@");
  if (at <= 0) return "***";
  return `${email.slice(0, 1)}***${email.slice(at)}`;
}
