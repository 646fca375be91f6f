import "server-only";
import { headers } from "next/headers";
import { clientAddressFrom, rateLimitKey } from "@/lib/accounts/data/rate-limit-keys";
import { isRateLimited, recordEvent } from "@/lib/rate-limit/data/rate-limit";
import { isMemberToken } from "../member-tokens";

// Mailed tokens have 128 bits, so guessing is hopeless anyway; the limit keeps a guessing client
// from costing the server work, and shows up in the events table.
const PER_CLIENT = { max: 20, windowMs: 15 * 60 * 1000 };

/**
 * Runs `lookup` for a token from a mailed link, unless this client has tried too many wrong ones.
 * A malformed, unknown, used or expired token and a rate-limited client all give null, so every
 * broken link gets the same page.
 */
export async function guardedTokenLookup<T>(
  token: string,
  lookup: (token: string) => Promise<T | null>,
): Promise<T | null> {
  const key = rateLimitKey("panel-link", "client", clientAddressFrom(await headers()));
  if (await isRateLimited(key, PER_CLIENT.max, PER_CLIENT.windowMs)) return null;
  const found = isMemberToken(token) ? await lookup(token) : null;
  if (found === null) await recordEvent(key);
  return found;
}
