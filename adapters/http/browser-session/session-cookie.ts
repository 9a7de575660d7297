import type { Context } from "koa";

/**
 * The SPA's session cookie (docs/security/sessions.md): an opaque secret, HttpOnly, SameSite=Lax, Path=/, Secure outside local,
 * living as long as its session may. Written by hand rather than through ctx.cookies, which refuses `Secure` on a
 * request it does not see as HTTPS (a TLS-terminating proxy that sends no X-Forwarded-Proto would turn logins into 500s).
 */
export class SessionCookie {
  constructor(
    readonly name: string,
    private readonly secure: boolean,
  ) {}

  read(ctx: Context): string | null {
    return ctx.cookies.get(this.name) || null;
  }

  set(ctx: Context, secret: string, endsAt: Date, now: Date): void {
    const maxAge = Math.max(0, Math.floor((endsAt.getTime() - now.getTime()) / 1000));
    ctx.append("Set-Cookie", this.header(secret, maxAge));
    ctx.set("Cache-Control", "no-store");
  }

  clear(ctx: Context): void {
    ctx.append("Set-Cookie", this.header("", 0));
    ctx.set("Cache-Control", "no-store");
  }

  private header(value: string, maxAge: number): string {
    return `${this.name}=${value}; Max-Age=${maxAge}; Path=/; HttpOnly; SameSite=Lax${this.secure ? "; Secure" : ""}`;
  }
}
