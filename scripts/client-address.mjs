// Who the client is, for per-client limits (failed logins, resume-code guesses, invitations, panel
// sign-up and sign-in). Plain JavaScript because the production server (scripts/serve.mjs) is plain
// JavaScript and cannot import TypeScript; lib/env.ts validates the same setting with this module.
//
// X-Forwarded-For is written by whoever sends the request, so it is believed only as far as it was
// written by a proxy the operator named in PEILING_TRUSTED_PROXIES. With no trusted proxy (the
// default) the socket address is the client and the header is ignored.
import net from "node:net";

/**
 * The request header the server sets on every request, overwriting whatever the client sent.
 * lib/accounts/data/rate-limit-keys.ts reads only this header.
 */
export const CLIENT_ADDRESS_HEADER = "x-peiling-client-address";

/**
 * One address as written in a socket or a forwarded-for entry, in one canonical form: IPv4 in
 * IPv6 (`::ffff:192.0.2.1`, what a dual-stack socket reports) becomes plain IPv4, brackets, ports and
 * zone ids go, IPv6 is lower case. Null when it is not an IP address at all.
 */
export function normalizeAddress(raw) {
  let value = String(raw ?? "").trim();
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(value);
  if (bracketed) value = bracketed[1];
  else if (/^[\d.]+:\d+$/.test(value)) value = value.slice(0, value.lastIndexOf(":"));
  value = value.replace(/%.*$/, "").toLowerCase();
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(value);
  if (mapped) value = mapped[1];
  return net.isIP(value) ? value : null;
}

/**
 * Parses PEILING_TRUSTED_PROXIES: comma-separated IPv4 or IPv6 addresses and CIDR ranges, e.g.
 * `127.0.0.1, ::1, 10.0.0.0/8, fd00::/8`. Empty or unset: no proxy is trusted. Throws an Error
 * naming the entry that is not an address or range, so a typo stops the server at start instead
 * of silently trusting nothing (or everything).
 */
export function parseTrustedProxies(value) {
  const list = new net.BlockList();
  const entries = String(value ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  for (const entry of entries) {
    const [address, prefix, ...rest] = entry.split("/");
    const ip = normalizeAddress(address);
    const family = ip ? net.isIP(ip) : 0;
    const bits = family === 4 ? 32 : 128;
    const type = family === 4 ? "ipv4" : "ipv6";
    if (
      !ip ||
      rest.length > 0 ||
      (prefix !== undefined && !/^\d{1,3}$/.test(prefix)) ||
      Number(prefix) > bits
    ) {
      throw new Error(
        `PEILING_TRUSTED_PROXIES: "${entry}" is not an IP address or range; use e.g. 127.0.0.1, ::1, 10.0.0.0/8`,
      );
    }
    if (prefix === undefined) list.addAddress(ip, type);
    else list.addSubnet(ip, Number(prefix), type);
  }
  return {
    /** How many entries were given (0: the socket address is always the client). */
    size: entries.length,
    /** Whether an address (already normalized) belongs to a trusted proxy. */
    isTrusted: (ip) => entries.length > 0 && list.check(ip, net.isIP(ip) === 4 ? "ipv4" : "ipv6"),
  };
}

/**
 * The client's address. The socket peer is the client unless it is a trusted proxy; then
 * X-Forwarded-For is read from the right (each proxy appends the address it got the request
 * from), skipping trusted proxies, and the first address that is not one is the client. Entries
 * left of it were written by the client and are never read. If a trusted proxy wrote something
 * that is not an address, the last trusted hop stands in: all such requests then share one
 * limit, which is safe (no one escapes a limit by writing nonsense).
 */
export function resolveClientAddress(socketAddress, forwardedFor, trusted) {
  const peer = normalizeAddress(socketAddress);
  if (!peer) return "unknown";
  if (!trusted.isTrusted(peer)) return peer;
  const hops = (Array.isArray(forwardedFor) ? forwardedFor.join(",") : String(forwardedFor ?? ""))
    .split(",")
    .filter((hop) => hop.trim() !== "");
  let nearest = peer;
  for (let i = hops.length - 1; i >= 0; i--) {
    const hop = normalizeAddress(hops[i]);
    if (!hop) return nearest;
    if (!trusted.isTrusted(hop)) return hop;
    nearest = hop;
  }
  return nearest;
}

/**
 * Wraps a Node request handler so every request carries the resolved client address in
 * CLIENT_ADDRESS_HEADER; a value the client sent in that header is overwritten, never read.
 */
export function withClientAddress(handler, trusted) {
  return (req, res) => {
    req.headers[CLIENT_ADDRESS_HEADER] = resolveClientAddress(
      req.socket.remoteAddress,
      req.headers["x-forwarded-for"],
      trusted,
    );
    return handler(req, res);
  };
}
