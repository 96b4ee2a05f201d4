/**
 * The client's real address behind reverse proxies. Only hops listed in TRUSTED_PROXIES are believed: the socket's
 * peer first, then each address a trusted hop says it received the request from (`Forwarded: for=` per RFC 7239, else
 * `X-Forwarded-For`), right to left, until the first address that is not a trusted proxy. That address is the one
 * signatures record and rate limits and logs count. With no trusted proxy the headers are ignored entirely, so a
 * client cannot choose its own address.
 */
import { BlockList, isIP } from "node:net";

type HeaderReader = { get(name: string): string | null | undefined };

export interface ProxyTrust {
  /**
   * For a request whose socket peer is `peer`: the client's address, and `https` or `http` as the first trusted proxy
   * saw it (undefined unless the peer is trusted and says so).
   */
  resolve(peer: string | null, headers: HeaderReader): { address: string | null; proto: string | undefined };
}

/** `::ffff:192.0.2.1` (an IPv4 client on a dual-stack socket) is `192.0.2.1`; brackets and ports are dropped. */
export function normalizeAddress(raw: string): string | undefined {
  let a = raw.trim().replace(/^"|"$/g, "");
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(a);
  if (bracketed) a = bracketed[1]!;
  else if (/^[\d.]+:\d+$/.test(a)) a = a.slice(0, a.lastIndexOf(":"));
  if (/^::ffff:[\d.]+$/i.test(a)) a = a.slice(7);
  return isIP(a) ? a.toLowerCase() : undefined;
}

/** `for=` addresses of a `Forwarded` header, in order (obfuscated or `unknown` nodes stay as they are). */
function forwardedFor(header: string): string[] {
  const out: string[] = [];
  for (const element of header.split(",")) {
    for (const pair of element.split(";")) {
      const [k, ...v] = pair.split("=");
      if (k?.trim().toLowerCase() === "for") out.push(v.join("=").trim());
    }
  }
  return out;
}

export function proxyTrust(trusted: readonly string[]): ProxyTrust {
  const list = new BlockList();
  for (const entry of trusted) {
    const [address = "", prefix] = entry.split("/");
    const type = isIP(address) === 6 ? "ipv6" : "ipv4";
    if (prefix === undefined) list.addAddress(address, type);
    else list.addSubnet(address, Number(prefix), type);
  }
  const isTrusted = (a: string | undefined): a is string =>
    a !== undefined && trusted.length > 0 && list.check(a, isIP(a) === 6 ? "ipv6" : "ipv4");

  /** The client's address, given the socket's peer as sent (`peer`) and normalised (`socket`). */
  const addressVia = (socket: string | undefined, peer: string | null, headers: HeaderReader): string | null => {
    if (!isTrusted(socket)) return socket ?? peer;
    const fwd = headers.get("forwarded");
    const hops = fwd ? forwardedFor(fwd) : (headers.get("x-forwarded-for") ?? "").split(",").filter((h) => h.trim());
    let client = socket;
    for (let i = hops.length - 1; i >= 0; i--) {
      const hop = normalizeAddress(hops[i]!);
      if (!hop) break; // garbage or an obfuscated node: the last trusted proxy is as far as we can see
      client = hop;
      if (!isTrusted(hop)) break;
    }
    return client;
  };
  const protoVia = (socket: string | undefined, headers: HeaderReader): string | undefined => {
    if (!isTrusted(socket)) return undefined;
    const fwd = headers.get("forwarded");
    const fromForwarded = fwd ? /(?:^|[;,\s])proto="?(https?)"?/i.exec(fwd)?.[1] : undefined;
    const proto = (fromForwarded ?? headers.get("x-forwarded-proto")?.split(",")[0] ?? "").trim().toLowerCase();
    return proto === "https" || proto === "http" ? proto : undefined;
  };
  return {
    resolve(peer, headers) {
      const socket = peer ? normalizeAddress(peer) : undefined;
      return { address: addressVia(socket, peer, headers), proto: protoVia(socket, headers) };
    },
  };
}
