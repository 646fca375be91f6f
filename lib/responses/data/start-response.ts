import "server-only";
import { startResponse } from "@/lib/responses/data/responses";
import { generateResumeToken } from "../resume-tokens";
import { recordFailedResumeGuess, resumeGuessVerdict } from "./resume-guard";

type StartInput = Parameters<typeof startResponse>[0];

/**
 * The start form's way in, guarded like the resume form (issue 10, finding 3). The code is drawn
 * by the server (see startResponse), so the form reveals nothing about codes. The one secret a
 * client posts is the token, which finds a response it already started; so a posted token that
 * belongs to another survey counts as a wrong guess, and a client that is limited for guessing
 * gets a fresh token instead of having its posted one looked up. Either way the answer is the
 * same: a new (or the same) response and its first page.
 */
export async function startGuardedResponse(
  input: StartInput & { client: string },
): Promise<ReturnType<typeof startResponse>> {
  const { client, ...start } = input;
  const limited = (await resumeGuessVerdict(start.surveyId, client)) !== "allowed";
  const started = await startResponse(limited ? { ...start, token: generateResumeToken() } : start);
  if (!limited && started.token !== start.token) await recordFailedResumeGuess(start.surveyId, client);
  return started;
}
