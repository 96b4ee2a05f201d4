import { describe, expect, it } from "vitest";
import { normalizeAddress, type ProxyTrust, proxyTrust } from "./client-address.ts";

const headers = (h: Record<string, string>) => new Headers(h);
const ipOf = (trust: ProxyTrust, peer: string, h: Headers) => trust.resolve(peer, h).address;
const protoOf = (trust: ProxyTrust, peer: string, h: Headers) => trust.resolve(peer, h).proto;

describe("client address behind proxies", () => {
  const trust = proxyTrust(["10.0.0.0/8", "2001:db8::/32", "127.0.0.1"]);

  it("ignores forwarding headers from an untrusted peer", () => {
    expect(ipOf(trust, "198.51.100.9", headers({ "x-forwarded-for": "1.2.3.4" }))).toBe("198.51.100.9");
    expect(ipOf(proxyTrust([]), "10.0.0.1", headers({ "x-forwarded-for": "1.2.3.4" }))).toBe("10.0.0.1");
    expect(protoOf(trust, "198.51.100.9", headers({ "x-forwarded-proto": "https" }))).toBeUndefined();
  });

  it("walks right to left past trusted hops to the first untrusted address", () => {
    const h = headers({ "x-forwarded-for": "6.6.6.6, 198.51.100.7, 10.1.2.3" });
    expect(ipOf(trust, "127.0.0.1", h)).toBe("198.51.100.7");
    expect(ipOf(trust, "::ffff:10.0.0.1", headers({ "x-forwarded-for": "203.0.113.5" }))).toBe("203.0.113.5");
    expect(protoOf(trust, "10.0.0.1", headers({ "x-forwarded-proto": "https" }))).toBe("https");
  });

  it("reads RFC 7239 Forwarded, IPv6 in brackets with ports, and stops at garbage", () => {
    const h = headers({ forwarded: 'for="[2001:db8:cafe::17]:4711";proto=https, for=192.0.2.60' });
    expect(ipOf(trust, "10.0.0.1", h)).toBe("192.0.2.60");
    expect(protoOf(trust, "10.0.0.1", h)).toBe("https");
    expect(ipOf(trust, "10.0.0.1", headers({ forwarded: 'for="[2001:db8:cafe::17]:4711"' }))).toBe("2001:db8:cafe::17");
    expect(ipOf(trust, "10.0.0.1", headers({ "x-forwarded-for": "not-an-ip" }))).toBe("10.0.0.1");
    expect(normalizeAddress("192.0.2.1:8080")).toBe("192.0.2.1");
    expect(normalizeAddress("unknown")).toBeUndefined();
  });
});
