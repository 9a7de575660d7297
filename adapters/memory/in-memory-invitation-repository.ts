import { randomUUID } from "node:crypto";
import type { Invitation, NewInvitation } from "../../core/organizations/invitation.js";
import type { InvitationRepository } from "../../core/organizations/ports.js";
import { detached, type InMemoryStore } from "./in-memory-store.js";

const isOpen = (row: Invitation): boolean => row.acceptedAt === null && row.revokedAt === null;

/** The InvitationRepository in process memory, with the database's unique token hash and one open invitation per address. */
export class InMemoryInvitationRepository implements InvitationRepository {
  constructor(private readonly store: InMemoryStore) {}

  async add(draft: NewInvitation): Promise<Invitation> {
    if (!this.store.organizations.has(draft.organizationId)) throw new Error(`no organization ${draft.organizationId}`);
    for (const row of this.store.invitations.values()) {
      if (row.tokenHash === draft.tokenHash) throw new Error("duplicate token hash");
      if (isOpen(row) && row.organizationId === draft.organizationId && row.email === draft.email) {
        throw new Error("an open invitation for this address exists");
      }
    }
    const invitation: Invitation = {
      ...draft,
      id: randomUUID(),
      createdAt: this.store.nextCreatedAt(),
      acceptedAt: null,
      revokedAt: null,
    };
    this.store.invitations.set(invitation.id, invitation);
    return detached(invitation);
  }

  async findById(id: string): Promise<Invitation | null> {
    const row = this.store.invitations.get(id.toLowerCase());
    return row ? detached(row) : null;
  }

  async findByTokenHash(hash: string): Promise<Invitation | null> {
    const row = [...this.store.invitations.values()].find((invitation) => invitation.tokenHash === hash);
    return row ? detached(row) : null;
  }

  async revokeOpenFor(organizationId: string, email: string, at: Date): Promise<number> {
    let revoked = 0;
    for (const row of [...this.store.invitations.values()]) {
      if (isOpen(row) && row.organizationId === organizationId.toLowerCase() && row.email === email) {
        this.store.invitations.set(row.id, { ...row, revokedAt: at });
        revoked += 1;
      }
    }
    return revoked;
  }

  async revoke(id: string, at: Date): Promise<boolean> {
    const row = this.store.invitations.get(id.toLowerCase());
    if (!row || !isOpen(row)) return false;
    this.store.invitations.set(row.id, { ...row, revokedAt: at });
    return true;
  }

  async accept(id: string, at: Date): Promise<boolean> {
    const row = this.store.invitations.get(id.toLowerCase());
    if (!row || !isOpen(row) || row.expiresAt.getTime() <= at.getTime()) return false;
    this.store.invitations.set(row.id, { ...row, acceptedAt: at });
    return true;
  }

  async deleteEnded(cutoff: Date): Promise<number> {
    const before = (time: Date | null) => time !== null && time.getTime() < cutoff.getTime();
    let deleted = 0;
    for (const row of [...this.store.invitations.values()]) {
      if (before(row.acceptedAt) || before(row.revokedAt) || before(row.expiresAt)) {
        this.store.invitations.delete(row.id);
        deleted += 1;
      }
    }
    return deleted;
  }

  async listPending(organizationId: string, now: Date): Promise<Invitation[]> {
    return [...this.store.invitations.values()]
      .filter(
        (row) =>
          isOpen(row) && row.organizationId === organizationId.toLowerCase() && row.expiresAt.getTime() > now.getTime(),
      )
      .sort((a, b) => (b.createdAt?.getTime() ?? 0) - (a.createdAt?.getTime() ?? 0) || (a.id < b.id ? 1 : -1))
      .map(detached);
  }
}
