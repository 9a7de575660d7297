import type { Knex } from "knex";
import type { NewSession, Session } from "../../core/auth/session.js";
import type { Liveness, SessionRepository, UserAndSession } from "../../core/auth/session-ports.js";
import { isUuid } from "./is-uuid.js";
import { SessionModel } from "./session-model.js";
import { toUser, type UserRow } from "./users/objection-user-repository.js";

type SessionRow = Pick<SessionModel, (typeof sessionColumns)[number]>;

const sessionColumns = [
  "id",
  "user_id",
  "created_at",
  "last_used_at",
  "expires_at",
  "user_agent",
  "ip_address",
  "revoked_at",
  "refresh_token_hash",
  "cookie_token_hash",
] as const;

/** The session's columns as `session_<column>`, beside the user's own in one joined row. */
const prefixedSessionColumns = sessionColumns.map((column) => `session.${column} as session_${column}`);

function sessionOfJoinedRow(row: Record<string, unknown>): Session | null {
  if (row.session_id === null || row.session_id === undefined) return null;
  const session: Record<string, unknown> = {};
  for (const column of sessionColumns) session[column] = row[`session_${column}`];
  return toSession(session as unknown as SessionRow);
}

const toSession = (row: SessionRow): Session => ({
  id: row.id,
  userId: row.user_id,
  createdAt: row.created_at,
  lastUsedAt: row.last_used_at,
  expiresAt: row.expires_at,
  userAgent: row.user_agent,
  ipAddress: row.ip_address,
  revokedAt: row.revoked_at,
  refreshTokenHash: row.refresh_token_hash,
  cookieTokenHash: row.cookie_token_hash,
});

/** The SessionRepository on PostgreSQL or PGlite; conditional updates make rotation and revocation race-safe. */
export class ObjectionSessionRepository implements SessionRepository {
  constructor(private readonly knex: Knex) {}

  async add(session: NewSession): Promise<Session> {
    const row = await this.query()
      .insert({
        user_id: session.userId,
        created_at: session.createdAt,
        last_used_at: session.lastUsedAt,
        expires_at: session.expiresAt,
        user_agent: session.userAgent,
        ip_address: session.ipAddress,
        refresh_token_hash: session.refreshTokenHash,
        cookie_token_hash: session.cookieTokenHash,
      })
      .returning("*");
    return toSession(row);
  }

  async findById(id: string): Promise<Session | null> {
    if (!isUuid(id)) return null;
    const row = await this.query().findById(id);
    return row ? toSession(row) : null;
  }

  /** One statement: the user row, left-joined with the session row (plain rows, no models). */
  async findUserAndSession(userId: string, sessionId: string | null): Promise<UserAndSession> {
    if (!isUuid(userId)) return { user: null, session: null };
    const withSession = sessionId !== null && isUuid(sessionId);
    const { rows } = withSession
      ? await this.knex.raw(this.userAndSessionSql(), [sessionId, userId, 1])
      : await this.knex.raw(this.userSql(), [userId, 1]);
    const [row] = rows as Record<string, unknown>[];
    if (!row) return { user: null, session: null };
    return { user: toUser(row as UserRow), session: sessionOfJoinedRow(row) };
  }

  // Every authenticated request runs one of these two statements: Knex builds and compiles each once (building it
  // per request was 14 % of the CPU of GET /users/me).
  private userSqlText?: string;
  private userAndSessionSqlText?: string;

  private userSql(): string {
    this.userSqlText ??= this.knex("user").select("user.*").where("user.id", "?").limit(1).toSQL().sql;
    return this.userSqlText;
  }

  private userAndSessionSql(): string {
    this.userAndSessionSqlText ??= this.knex("user")
      .select("user.*")
      .leftJoin("session", (join) => join.onVal("session.id", "?"))
      .select(prefixedSessionColumns)
      .where("user.id", "?")
      .limit(1)
      .toSQL().sql;
    return this.userAndSessionSqlText;
  }

  async findByCookieTokenHash(hash: string): Promise<Session | null> {
    const row = await this.query().findOne({ cookie_token_hash: hash });
    return row ? toSession(row) : null;
  }

  async listLive(userId: string, { now, usedSince }: Liveness): Promise<Session[]> {
    if (!isUuid(userId)) return [];
    const rows = await this.query()
      .where({ user_id: userId })
      .whereNull("revoked_at")
      .where("expires_at", ">", now)
      .where("last_used_at", ">=", usedSince)
      .orderBy([
        { column: "last_used_at", order: "desc" },
        { column: "id", order: "desc" },
      ]);
    return rows.map(toSession);
  }

  async touch(id: string, at: Date): Promise<void> {
    if (!isUuid(id)) return;
    await this.query().patch({ last_used_at: at }).where({ id }).where("last_used_at", "<", at);
  }

  async rotateRefreshToken(id: string, presentedHash: string, nextHash: string, at: Date): Promise<Session | null> {
    if (!isUuid(id)) return null;
    // One UPDATE with the presented hash in its WHERE: PostgreSQL re-checks the condition after a concurrent
    // rotation's row lock is released, so the second of two rotations with one token updates nothing.
    const [row] = await this.query()
      .patch({ refresh_token_hash: nextHash, last_used_at: at })
      .where({ id, refresh_token_hash: presentedHash })
      .whereNull("revoked_at")
      .returning("*");
    return row ? toSession(row) : null;
  }

  async revoke(id: string, at: Date): Promise<boolean> {
    if (!isUuid(id)) return false;
    const revoked = await this.query().patch({ revoked_at: at }).where({ id }).whereNull("revoked_at").returning("id");
    return revoked.length > 0;
  }

  async revokeAllOfUser(userId: string, at: Date, exceptId: string | null): Promise<number> {
    if (!isUuid(userId)) return 0;
    const query = this.query().patch({ revoked_at: at }).where({ user_id: userId }).whereNull("revoked_at");
    if (exceptId !== null && isUuid(exceptId)) query.whereNot({ id: exceptId });
    const revoked = await query.returning("id");
    return revoked.length;
  }

  async deleteEnded({ now, usedSince }: Liveness): Promise<number> {
    const deleted = await this.query()
      .delete()
      .where("revoked_at", "<", now)
      .orWhere("expires_at", "<", now)
      .orWhere("last_used_at", "<", usedSince)
      .returning("id");
    return deleted.length;
  }

  private query() {
    return SessionModel.query(this.knex);
  }
}
