import "server-only";
import crypto from "node:crypto";
import { CLIENT_ADDRESS_HEADER, normalizeAddress } from "@/scripts/client-address.mjs";
import { authSecret } from "./secret";

/**
 * The client address per-client limits count by. The production server (scripts/serve.mjs) sets
 * CLIENT_ADDRESS_HEADER on every request from the socket address, or from X-Forwarded-For only as
 * far as trusted proxies wrote it (PEILING_TRUSTED_PROXIES), overwriting whatever the client sent.
 * X-Forwarded-For itself is never read here: without a proxy in front, a client writes it freely.
 *
 * Without that server (`next dev`) the header is missing and every client counts as one,
 * "unknown": limits then hold for everyone together, which is safe (no one escapes a limit by
 * writing a header), at the price that a developer's own failures count for all.
 *
 * IPv6 clients count per /64 network: one home or server gets a whole /64 and could otherwise
 * take a fresh address for every guess.
 */
export function clientAddressFrom(headers: Headers): string {
  const address = normalizeAddress(headers.get(CLIENT_ADDRESS_HEADER));
  if (!address) return "unknown";
  return address.includes(":") ? ipv6Network64(address) : address;
}

/** The /64 network of an IPv6 address, e.g. `2001:db8:1:2::/64`. */
function ipv6Network64(address: string): string {
  const [head, tail = ""] = address.split("::");
  const left = head ? head.split(":") : [];
  const right = tail ? tail.split(":") : [];
  const groups = address.includes("::")
    ? [...left, ...Array(8 - left.length - right.length).fill("0"), ...right]
    : left;
  return `${groups
    .slice(0, 4)
    .map((g) => Number.parseInt(g || "0", 16).toString(16))
    .join(":")}::/64`;
}

/**
 * Rate-limit keys hold only a keyed hash (HMAC with the app secret) of what they count: the
 * events table then holds no personal data (AVG/GDPR data minimisation), and a plain hash of an
 * IPv4 address could be reversed by trying all 2^32 of them.
 */
export function rateLimitKey(scope: string, kind: string, value: string): string {
  const digest = crypto.createHmac("sha256", authSecret()).update(`${kind}:${value}`).digest("base64url");
  return `${scope}:${kind}:${digest}`;
}
