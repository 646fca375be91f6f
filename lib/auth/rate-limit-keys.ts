import "server-only";
import crypto from "node:crypto";
import { authSecret } from "./secret";

/**
 * The client's address as the nearest proxy saw it: the last x-forwarded-for entry. Earlier
 * entries are written by the client and can be anything. Without a proxy in front, Next.js
 * fills in the socket address only when the header is absent, so a client talking to the app
 * directly can still choose it; limits that matter do not depend on it alone.
 */
export function clientAddressFrom(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for");
  const last = forwarded?.split(",").at(-1)?.trim();
  return last || headers.get("x-real-ip")?.trim() || "unknown";
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
