import { randomUUID } from "node:crypto";
import type { TwoFactorRepository } from "../../core/two-factor/ports.js";
import type { TotpState } from "../../core/two-factor/totp-state.js";
import type { InMemoryStore, OwnedRow } from "./in-memory-store.js";

interface TotpRow extends OwnedRow, TotpState {}

interface RecoveryCodeRow extends OwnedRow {
  readonly codeHash: string;
  readonly usedAt: Date | null;
}

const stateOf = (row: TotpRow): TotpState =>
  Object.freeze({
    userId: row.userId,
    sealedSecret: row.sealedSecret,
    pendingSealedSecret: row.pendingSealedSecret,
    enabledAt: row.enabledAt,
    lastAcceptedStep: row.lastAcceptedStep,
  });

/** The TwoFactorRepository in process memory: one factor row per user, recovery codes by digest, owner must exist. */
export class InMemoryTwoFactorRepository implements TwoFactorRepository {
  private readonly factors: Map<string, TotpRow>;
  private readonly codes: Map<string, RecoveryCodeRow>;

  constructor(private readonly store: InMemoryStore) {
    this.factors = store.ownedTable<TotpRow>("user_totp");
    this.codes = store.ownedTable<RecoveryCodeRow>("recovery_code");
  }

  async findTotp(userId: string): Promise<TotpState | null> {
    const row = this.factors.get(userId);
    return row ? stateOf(row) : null;
  }

  async isTotpEnabled(userId: string): Promise<boolean> {
    return (this.factors.get(userId)?.sealedSecret ?? null) !== null;
  }

  async setPendingTotp(userId: string, sealedSecret: string, at: Date): Promise<void> {
    if (!this.store.users.has(userId)) throw new Error(`no user ${userId} to own the factor`);
    const current = this.factors.get(userId);
    const base: TotpRow = current ?? {
      id: userId,
      ownerId: userId,
      createdAt: at,
      userId,
      sealedSecret: null,
      pendingSealedSecret: null,
      enabledAt: null,
      lastAcceptedStep: null,
    };
    this.factors.set(userId, { ...base, pendingSealedSecret: sealedSecret });
  }

  async enableTotp(userId: string, sealedSecret: string, acceptedStep: number, at: Date): Promise<boolean> {
    const current = this.factors.get(userId);
    if (!current || current.pendingSealedSecret !== sealedSecret) return false;
    this.factors.set(userId, {
      ...current,
      sealedSecret,
      pendingSealedSecret: null,
      enabledAt: at,
      lastAcceptedStep: acceptedStep,
    });
    return true;
  }

  async acceptTotpStep(userId: string, step: number): Promise<boolean> {
    const current = this.factors.get(userId);
    if (!current?.sealedSecret || (current.lastAcceptedStep !== null && current.lastAcceptedStep >= step)) return false;
    this.factors.set(userId, { ...current, lastAcceptedStep: step });
    return true;
  }

  async removeTotp(userId: string): Promise<boolean> {
    for (const row of [...this.codes.values()]) if (row.ownerId === userId) this.codes.delete(row.id);
    return this.factors.delete(userId);
  }

  async replaceRecoveryCodes(userId: string, codeHashes: readonly string[], at: Date): Promise<void> {
    if (!this.store.users.has(userId)) throw new Error(`no user ${userId} to own the codes`);
    for (const row of [...this.codes.values()]) if (row.ownerId === userId) this.codes.delete(row.id);
    for (const codeHash of codeHashes) {
      const id = randomUUID();
      this.codes.set(id, { id, ownerId: userId, createdAt: at, codeHash, usedAt: null });
    }
  }

  async spendRecoveryCode(userId: string, codeHash: string, at: Date): Promise<boolean> {
    const row = [...this.codes.values()].find(
      (code) => code.ownerId === userId && code.codeHash === codeHash && code.usedAt === null,
    );
    if (!row) return false;
    this.codes.set(row.id, { ...row, usedAt: at });
    return true;
  }

  async countRecoveryCodesLeft(userId: string): Promise<number> {
    return [...this.codes.values()].filter((code) => code.ownerId === userId && code.usedAt === null).length;
  }
}
