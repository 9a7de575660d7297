import { describe, expect, it } from "vitest";
import { clientLimitKey, forwardedClientIp } from "./client-ip.js";

describe("forwardedClientIp", () => {
  it("is the TCP peer and never reads X-Forwarded-For when no proxy is trusted", () => {
    expect(forwardedClientIp("203.0.113.7", "198.51.100.1", 0)).toBe("203.0.113.7");
  });

  it("takes the n-th address from the right of X-Forwarded-For with n trusted hops", () => {
    expect(forwardedClientIp("10.0.0.2", "1.1.1.1, 198.51.100.1", 1)).toBe("198.51.100.1");
    expect(forwardedClientIp("10.0.0.2", "1.1.1.1, 198.51.100.1, 10.0.0.9", 2)).toBe("198.51.100.1");
  });

  it("falls back to the leftmost hop when the header is shorter, and to the peer without one", () => {
    expect(forwardedClientIp("10.0.0.2", "198.51.100.1", 3)).toBe("198.51.100.1");
    expect(forwardedClientIp("10.0.0.2", " , ", 1)).toBe("10.0.0.2");
    expect(forwardedClientIp("10.0.0.2", "", 1)).toBe("10.0.0.2");
  });

  it("treats IPv4-mapped IPv6 as IPv4", () => {
    expect(forwardedClientIp("::ffff:127.0.0.1", "", 0)).toBe("127.0.0.1");
    expect(forwardedClientIp("10.0.0.2", "::ffff:198.51.100.1", 1)).toBe("198.51.100.1");
  });
});

describe("clientLimitKey", () => {
  it("keys IPv6 clients by their /64 prefix, whatever the spelling", () => {
    const key = clientLimitKey("2001:db8:1:2:aaaa::1");
    expect(key).toBe("2001:db8:1:2::/64");
    expect(clientLimitKey("2001:0db8:0001:0002:ffff:ffff:ffff:ffff")).toBe(key);
    expect(clientLimitKey("2001:db8:1:3::1")).not.toBe(key);
  });

  it("keys IPv4 (also IPv4-mapped) by the address itself", () => {
    expect(clientLimitKey("198.51.100.1")).toBe("198.51.100.1");
    expect(clientLimitKey("::ffff:198.51.100.1")).toBe("198.51.100.1");
    expect(clientLimitKey("198.51.100.2")).not.toBe(clientLimitKey("198.51.100.1"));
  });

  it("keeps an unparsable value as it is", () => {
    expect(clientLimitKey("not-an-ip")).toBe("not-an-ip");
  });
});
