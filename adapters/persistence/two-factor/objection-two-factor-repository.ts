import type { Knex } from "knex";
import type { TwoFactorRepository } from "../../../core/two-factor/ports.js";
import type { TotpState } from "../../../core/two-factor/totp-state.js";
import { isUuid } from "../is-uuid.js";

interface TotpRow {
  user_id: string;
  secret_sealed: string | null;
  pending_secret_sealed: string | null;
  enabled_at: Date | string | null;
  last_accepted_step: string | number | null;
}

const dateOf = (value: Date | string | null): Date | null => (value === null ? null : new Date(value));

const toState = (row: TotpRow): TotpState => ({
  userId: row.user_id,
  sealedSecret: row.secret_sealed,
  pendingSealedSecret: row.pending_secret_sealed,
  enabledAt: dateOf(row.enabled_at),
  lastAcceptedStep: row.last_accepted_step === null ? null : Number(row.last_accepted_step),
});

/** The TwoFactorRepository on PostgreSQL or PGlite: `user_totp` and `recovery_code`, conditional writes throughout. */
export class ObjectionTwoFactorRepository implements TwoFactorRepository {
  constructor(private readonly knex: Knex) {}

  async findTotp(userId: string): Promise<TotpState | null> {
    if (!isUuid(userId)) return null;
    const row = await this.knex<TotpRow>("user_totp").where({ user_id: userId }).first();
    return row ? toState(row) : null;
  }

  async isTotpEnabled(userId: string): Promise<boolean> {
    if (!isUuid(userId)) return false;
    const row = await this.knex("user_totp").where({ user_id: userId }).whereNotNull("secret_sealed").first("user_id");
    return row !== undefined;
  }

  async setPendingTotp(userId: string, sealedSecret: string, at: Date): Promise<void> {
    await this.knex("user_totp")
      .insert({ user_id: userId, pending_secret_sealed: sealedSecret, created_at: at })
      .onConflict("user_id")
      .merge(["pending_secret_sealed"]);
  }

  async enableTotp(userId: string, sealedSecret: string, acceptedStep: number, at: Date): Promise<boolean> {
    if (!isUuid(userId)) return false;
    const updated = await this.knex("user_totp")
      .where({ user_id: userId, pending_secret_sealed: sealedSecret })
      .update({
        secret_sealed: sealedSecret,
        pending_secret_sealed: null,
        enabled_at: at,
        last_accepted_step: acceptedStep,
      })
      .returning("user_id");
    return updated.length > 0;
  }

  async acceptTotpStep(userId: string, step: number): Promise<boolean> {
    if (!isUuid(userId)) return false;
    const updated = await this.knex("user_totp")
      .where({ user_id: userId })
      .whereNotNull("secret_sealed")
      .andWhere((where) => where.whereNull("last_accepted_step").orWhere("last_accepted_step", "<", step))
      .update({ last_accepted_step: step })
      .returning("user_id");
    return updated.length > 0;
  }

  async removeTotp(userId: string): Promise<boolean> {
    if (!isUuid(userId)) return false;
    await this.knex("recovery_code").where({ user_id: userId }).delete();
    // `returning` because knex-pglite answers a bare delete with its raw response instead of a row count.
    const removed = await this.knex("user_totp").where({ user_id: userId }).delete().returning("user_id");
    return removed.length > 0;
  }

  async replaceRecoveryCodes(userId: string, codeHashes: readonly string[], at: Date): Promise<void> {
    await this.knex("recovery_code").where({ user_id: userId }).delete();
    if (codeHashes.length === 0) return;
    await this.knex("recovery_code").insert(
      codeHashes.map((codeHash) => ({ user_id: userId, code_hash: codeHash, created_at: at })),
    );
  }

  async spendRecoveryCode(userId: string, codeHash: string, at: Date): Promise<boolean> {
    if (!isUuid(userId)) return false;
    const updated = await this.knex("recovery_code")
      .where({ user_id: userId, code_hash: codeHash })
      .whereNull("used_at")
      .update({ used_at: at })
      .returning("id");
    return updated.length > 0;
  }

  async countRecoveryCodesLeft(userId: string): Promise<number> {
    if (!isUuid(userId)) return 0;
    const row = await this.knex("recovery_code")
      .where({ user_id: userId })
      .whereNull("used_at")
      .count<{ count: string | number }[]>({ count: "*" })
      .first();
    return Number(row?.count ?? 0);
  }
}
