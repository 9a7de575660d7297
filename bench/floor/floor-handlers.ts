import { createSecretKey } from "node:crypto";
import type { IncomingMessage } from "node:http";
import argon2 from "argon2";
import jwt from "jsonwebtoken";
import type pg from "pg";
import { FloorSql } from "./floor-sql.js";

type Row = Record<string, unknown>;
/** A status and a JSON body. */
export type Reply = readonly [number, unknown];

// Same cost as the app's dummy verification for unknown e-mails (argon2id, m=65536, t=3, p=4).
const DUMMY_HASH = await argon2.hash("floor-dummy-password", { type: argon2.argon2id });

const userPublic = (u: Row) => ({
  email: u.email,
  is_active: u.is_active,
  is_superuser: u.is_superuser,
  full_name: u.full_name,
  id: u.id,
  created_at: u.created_at,
});
const itemPublic = (i: Row) => ({
  title: i.title,
  description: i.description,
  id: i.id,
  owner_id: i.owner_id,
  created_at: i.created_at,
});

const IDLE_MS = 7 * 24 * 60 * 60 * 1000;

/** The app's session check (SESSION_IDLE_DAYS at its default of 7): the user's, unrevoked, unexpired, not idle. */
const liveSession = (row: Row, userId: unknown): boolean =>
  row.session_user_id === userId &&
  row.session_revoked_at === null &&
  Date.now() <
    Math.min((row.session_last_used_at as Date).getTime() + IDLE_MS, (row.session_expires_at as Date).getTime());

/** The floor's endpoints: the same work as the app for each (token, user load, SQL, JSON) and nothing more. */
export function floorHandlers(pool: pg.Pool, secret: string) {
  // A KeyObject, made once: given a string, jsonwebtoken first tries (and fails) to parse it as a PEM public key on
  // every verify, which costs more than the HMAC itself.
  const secretKey = createSecretKey(Buffer.from(secret, "utf8"));
  async function currentUser(req: IncomingMessage): Promise<Row | Reply> {
    const [scheme, token] = (req.headers.authorization ?? "").split(" ");
    if (scheme?.toLowerCase() !== "bearer" || !token) return [401, { detail: "Not authenticated" }];
    let sub: unknown;
    let sid: unknown;
    try {
      const claims = jwt.verify(token, secretKey, { algorithms: ["HS256"] });
      if (typeof claims !== "object" || claims.purpose !== "access") throw new Error("purpose");
      sub = claims.sub;
      sid = claims.sid;
    } catch {
      return [403, { detail: "Could not validate credentials" }];
    }
    // Like the app: user and session in one statement. The floor's own login issues no session (its tokens carry
    // no sid, used only by the same-answer check); the app's tokens, which the bench times, always carry one.
    const { rows } = await pool.query(FloorSql.userAndSession, [sid ?? null, sub, 1]);
    const row = rows[0] as Row | undefined;
    if (!row) return [404, { detail: "User not found" }];
    if (!row.is_active) return [400, { detail: "Inactive user" }];
    if (sid !== undefined && !liveSession(row, sub)) return [403, { detail: "Could not validate credentials" }];
    return row;
  }

  return {
    health: async (): Promise<Reply> => [200, true],
    login: async (body: string): Promise<Reply> => {
      const form = new URLSearchParams(body);
      const { rows } = await pool.query(FloorSql.userByEmail, [form.get("username")]);
      const user = rows[0] as Row | undefined;
      const valid = await argon2.verify(String(user?.hashed_password ?? DUMMY_HASH), form.get("password") ?? "");
      if (!user || !valid) return [400, { detail: "Incorrect email or password" }];
      const exp = Math.floor(Date.now() / 1000) + 11520 * 60;
      const token = jwt.sign({ sub: user.id, exp, purpose: "access" }, secretKey, { noTimestamp: true });
      return [200, { access_token: token, token_type: "bearer" }];
    },
    me: async (req: IncomingMessage): Promise<Reply> => {
      const user = await currentUser(req);
      return Array.isArray(user) ? (user as Reply) : [200, userPublic(user as Row)];
    },
    listItems: async (req: IncomingMessage, query: URLSearchParams): Promise<Reply> => {
      const user = await currentUser(req);
      if (Array.isArray(user)) return user as Reply;
      const skip = Number(query.get("skip") ?? 0);
      const limit = Number(query.get("limit") ?? 100);
      const id = (user as Row).id;
      const { rows } = await pool.query(FloorSql.pageOfItemsByOwner, [id, id, skip, limit]);
      const page = rows[0]?.id === null ? [] : rows;
      return [200, { data: page.map(itemPublic), count: Number(rows[0]?.__total ?? 0) }];
    },
    createItem: async (req: IncomingMessage, body: string): Promise<Reply> => {
      const user = await currentUser(req);
      if (Array.isArray(user)) return user as Reply;
      const input = JSON.parse(body) as { title?: unknown; description?: unknown };
      if (typeof input.title !== "string" || input.title.length < 1 || input.title.length > 255) {
        return [422, { detail: [{ type: "string_type", loc: ["body", "title"], msg: "Invalid title" }] }];
      }
      const description = typeof input.description === "string" ? input.description : null;
      const values = [input.title, description, (user as Row).id];
      const { rows } = await pool.query(FloorSql.insertItem, values);
      return [200, itemPublic(rows[0] as Row)];
    },
  };
}
