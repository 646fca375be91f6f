import "server-only";
import { headers } from "next/headers";
import { clientAddressFrom, rateLimitKey } from "@/lib/accounts/data/rate-limit-keys";
import { findUsableInvitation, type UsableInvitation } from "@/lib/fieldwork/data/invitation-access";
import { isRateLimited, recordEvent } from "@/lib/rate-limit/data/rate-limit";
import { isResumeToken } from "@/lib/responses/resume-tokens";

// Invitation tokens have 128 bits, so guessing is hopeless anyway; the limit keeps a guessing
// client from costing the server work and shows up in the events table.
const PER_CLIENT = { max: 20, windowMs: 15 * 60 * 1000 };

/**
 * An invitation a respondent may use, or null. Unknown, used, expired (survey closed) and
 * rate-limited all give null, so the person sees one message and a guesser learns nothing.
 */
export async function checkInvitation(surveyId: number, token: string): Promise<UsableInvitation | null> {
  const key = rateLimitKey("invitation", "client", clientAddressFrom(await headers()));
  if (await isRateLimited(key, PER_CLIENT.max, PER_CLIENT.windowMs)) return null;
  const invitation = isResumeToken(token) ? await findUsableInvitation(surveyId, token) : null;
  if (!invitation) await recordEvent(key);
  return invitation;
}
