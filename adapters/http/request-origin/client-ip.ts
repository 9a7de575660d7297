import ipaddr from "ipaddr.js";
import type { Context } from "koa";

const recentlyNormalised = new Map<string, string>();
const normalisedKept = 1024;

/**
 * Normalises an address: IPv4-mapped IPv6 (`::ffff:1.2.3.4`) becomes IPv4; anything unparsable stays as given.
 * The same few peers ask again and again, so the last thousand answers are kept rather than parsed each time.
 */
function normalised(address: string): string {
  const known = recentlyNormalised.get(address);
  if (known !== undefined) return known;
  const trimmed = address.trim();
  const result = ipaddr.isValid(trimmed) ? ipaddr.process(trimmed).toString() : trimmed;
  if (recentlyNormalised.size >= normalisedKept) recentlyNormalised.clear();
  recentlyNormalised.set(address, result);
  return result;
}

/**
 * The client address given the TCP peer, the `X-Forwarded-For` header and how many proxy hops are trusted: the peer
 * itself with 0 hops (the header is never read), else the n-th address from the right of the header (its leftmost
 * one when the header is shorter, the peer when it is absent).
 */
export function forwardedClientIp(peer: string, forwardedFor: string, trustedProxies: number): string {
  if (trustedProxies <= 0) return normalised(peer);
  const hops = forwardedFor
    .split(",")
    .map((hop) => hop.trim())
    .filter((hop) => hop !== "");
  if (hops.length === 0) return normalised(peer);
  return normalised(hops[Math.max(0, hops.length - trustedProxies)] ?? peer);
}

/** How many proxy hops the app trusts: set once by createApp as Koa's `proxy` and `maxIpsCount`. */
const trustedProxiesOf = (ctx: Context): number => (ctx.app.proxy ? ctx.app.maxIpsCount : 0);

/** The client's address (TCP peer unless `TRUSTED_PROXIES` hops are trusted); never Koa's `ctx.ip`. */
export function clientIp(ctx: Context): string {
  return forwardedClientIp(ctx.req.socket.remoteAddress ?? "", ctx.get("X-Forwarded-For"), trustedProxiesOf(ctx));
}

/** The key a client's requests are limited under: its IPv4 address, or the /64 prefix of its IPv6 address. */
export function clientLimitKey(ip: string): string {
  if (!ipaddr.isValid(ip)) return ip;
  const address = ipaddr.process(ip);
  if (address.kind() === "ipv4") return address.toString();
  const prefix = ipaddr.IPv6.networkAddressFromCIDR(`${address.toNormalizedString()}/64`);
  return `${prefix.toString()}/64`;
}
