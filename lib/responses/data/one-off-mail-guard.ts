import "server-only";
import { rateLimitKey } from "@/lib/accounts/data/rate-limit-keys";
import { isRateLimited, recordEvent } from "@/lib/rate-limit/data/rate-limit";

/*
 * Mail a resident sends to an address they type (a copy of the answers, the resume link) could be
 * used to send mail from the municipality to anyone. Each client (lib/accounts/data/rate-limit-keys.ts,
 * keyed by a hash of its address) gets a few per hour of each kind, plenty for a household
 * sharing one connection. Only the client is counted: never the address typed, which is not kept.
 */

export type OneOffMailKind = "copy" | "resume";

const HOUR = 60 * 60 * 1000;
const LIMITS: Record<OneOffMailKind, { max: number; windowMs: number }> = {
  copy: { max: 5, windowMs: HOUR },
  resume: { max: 5, windowMs: HOUR },
};
/**
 * Events are recorded at the start of their quarter hour: a copy is sent when a response is
 * completed, and an exact moment would let the events table and a completion time point at each other.
 */
const ROUNDING = 15 * 60 * 1000;

const keyOf = (kind: OneOffMailKind, client: string) => rateLimitKey(`mail-${kind}`, "client", client);

export async function oneOffMailVerdict(
  kind: OneOffMailKind,
  client: string,
  now: number = Date.now(),
): Promise<"allowed" | "rate_limited"> {
  const { max, windowMs } = LIMITS[kind];
  return (await isRateLimited(keyOf(kind, client), max, windowMs + ROUNDING, now))
    ? "rate_limited"
    : "allowed";
}

export async function recordOneOffMail(
  kind: OneOffMailKind,
  client: string,
  now: number = Date.now(),
): Promise<void> {
  await recordEvent(keyOf(kind, client), now - (now % ROUNDING));
}
