import "server-only";
import { rateLimitKey } from "@/lib/accounts/data/rate-limit-keys";
import { isRateLimited, recordEvent } from "@/lib/rate-limit/data/rate-limit";
import { findResumableByCode, type OwnResponse } from "@/lib/responses/data/responses";

/*
 * Guessing resume codes (issue 10, finding 2). A code is 10 characters from an alphabet of 31,
 * so C = 31^10 ≈ 8.2 × 10^14 codes. Pre-authentication infrastructure: no session is checked,
 * because the code is what identifies the respondent.
 *
 * Normal times: each client (lib/accounts/data/rate-limit-keys.ts: the socket address, or what a trusted
 * proxy saw; IPv6 per /64, so the client cannot choose it) gets 10 wrong codes per 15 minutes,
 * enough for a person's typos.
 *
 * Under attack: a hard survey-wide lock would let anyone with a few hundred addresses lock every
 * respondent out (the earlier design). Instead, 300 wrong codes in 15 minutes for one survey switch
 * that survey to a slow path: every client then gets only 3 wrong codes per 24 hours (its failures
 * before the switch count too), while a client that has not been guessing still gets in with
 * the right code. Guesses per day an attacker with A addresses gets:
 *   below the switch at most 300 per 15 minutes = 28,800, plus under it 3 per address = 3A.
 * With a million addresses (a large botnet, or a million IPv6 /64s) that is about 3 × 10^6 a
 * day. With N unfinished responses in the survey, each guess hits one with chance N / C; for a
 * large survey (N = 10,000) that is 1.2 × 10^-11, so 3.7 × 10^-5 expected hits a day: one hit in
 * about 70 years. With 10,000 addresses: one in about 4,000 years.
 *
 * Not used: a proof-of-work needs JavaScript and the forms work without it; an added delay
 * limits nothing against parallel requests and only ties up the server. The price of the slow
 * path: people behind one shared address (a town hall) share those 3 wrong codes during an
 * attack; the resume link, which has 128 bits and is never limited, keeps working for them.
 */

const MINUTE = 60 * 1000;
const PER_CLIENT = { max: 10, windowMs: 15 * MINUTE };
const SURVEY_UNDER_ATTACK = { max: 300, windowMs: 15 * MINUTE };
// The window must not exceed RATE_LIMIT_RETENTION_MS (lib/rate-limit/data/rate-limit.ts): 24 hours.
const PER_CLIENT_UNDER_ATTACK = { max: 3, windowMs: 24 * 60 * MINUTE };

/** Whether a client may guess now, and if not, how long it will have to wait (a quarter or a day). */
export type ResumeGuessVerdict = "allowed" | "rate_limited" | "rate_limited_day";

function keys(surveyId: number, client: string) {
  return { client: rateLimitKey("resume", "client", client), survey: `resume:survey:${surveyId}` };
}

export async function resumeGuessVerdict(
  surveyId: number,
  client: string,
  now: number = Date.now(),
): Promise<ResumeGuessVerdict> {
  const key = keys(surveyId, client);
  if (await isRateLimited(key.survey, SURVEY_UNDER_ATTACK.max, SURVEY_UNDER_ATTACK.windowMs, now)) {
    if (await isRateLimited(key.client, PER_CLIENT_UNDER_ATTACK.max, PER_CLIENT_UNDER_ATTACK.windowMs, now))
      return "rate_limited_day";
  }
  return (await isRateLimited(key.client, PER_CLIENT.max, PER_CLIENT.windowMs, now))
    ? "rate_limited"
    : "allowed";
}

/** One wrong guess at a resume secret, counted for the client and for the survey. */
export async function recordFailedResumeGuess(
  surveyId: number,
  client: string,
  now: number = Date.now(),
): Promise<void> {
  const key = keys(surveyId, client);
  await recordEvent(key.client, now);
  await recordEvent(key.survey, now);
}

/**
 * Finds an unfinished response by its code for a client that may still guess. A limited client
 * gets its verdict without the code being looked up, so even the right code tells it nothing.
 */
export async function resumeByCode(
  surveyId: number,
  client: string,
  code: string,
  now: number = Date.now(),
): Promise<
  { response: OwnResponse; token: string } | { error: "not_found" | "rate_limited" | "rate_limited_day" }
> {
  const verdict = await resumeGuessVerdict(surveyId, client, now);
  if (verdict !== "allowed") return { error: verdict };
  const found = await findResumableByCode(surveyId, code);
  if (found) return found;
  await recordFailedResumeGuess(surveyId, client, now);
  return { error: "not_found" };
}
