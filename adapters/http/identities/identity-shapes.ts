import type { LinkedIdentity } from "../../../core/identities/identity.js";
import type { UUID } from "../shared-shapes.js";

/** An identity provider the app offers; the SPA draws `Continue with <label>` for it. */
export interface IdentityProviderPublic {
  name: string;
  label: string;
}

/** An account at an identity provider, linked to the caller. */
export interface IdentityPublic {
  id: UUID;
  provider: string;
  email: string | null;
  created_at: Date;
}

export interface IdentitiesPublic {
  data: IdentityPublic[];
  count: number;
}

export const identitiesPublic = (identities: LinkedIdentity[]): IdentitiesPublic => ({
  data: identities.map(({ id, provider, email, createdAt }) => ({ id, provider, email, created_at: createdAt })),
  count: identities.length,
});

/**
 * The SPA path to land on after signing in: a path of this app only (`/items?page=2`), never an absolute or
 * protocol-relative URL, a backslash or a control character that a browser could read as another origin.
 */
export function spaPath(next: string | undefined): string | null | false {
  if (next === undefined || next === "") return null;
  const controlOrBackslash = [...next].some((char) => char === "\\" || char.charCodeAt(0) < 0x20 || char === "\u007f");
  if (!next.startsWith("/") || next.startsWith("//") || controlOrBackslash) return false;
  try {
    const base = "http://spa.invalid";
    const url = new URL(next, base);
    return url.origin === base ? `${url.pathname}${url.search}${url.hash}` : false;
  } catch {
    return false;
  }
}
