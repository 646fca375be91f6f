import "server-only";
import { parseRouteId } from "@/lib/http/route-id";
import { type QuestionRef, questionRefs } from "@/lib/review/questions";
import { type AdviceView, getAdvice } from "./advice";
import { getResponse, type ResponseView } from "./advice-responses";
import { getSharedReview, type SharedReview } from "./review-rounds";

export type AdviceOnRound = {
  surveyId: number;
  review: SharedReview;
  /** The advice the viewer may see on the round: null when there is none (yet). */
  advice: AdviceView | null;
  /** The official response once the advice is submitted, as the viewer may see it; else null. */
  response: ResponseView | null;
  /** The shared version's questions, numbered as the review document shows them. */
  questions: QuestionRef[];
};

/**
 * What an advice page shows, for the Adviesraad and for staff alike: one review round of a
 * survey (the latest without `ronde`), the advice on it and the official response, each as the
 * caller may see them (the functions it calls check who asks). Takes the route's values as they
 * came; null where the page is not found: an id that is not one, or a round or survey the caller
 * may not read.
 */
export async function getAdviceOnRound(
  surveyParam: string,
  roundParam: string | string[] | undefined,
): Promise<AdviceOnRound | null> {
  const surveyId = parseRouteId(surveyParam);
  const roundId = roundParam === undefined ? undefined : parseRouteId(roundParam);
  if (!surveyId || roundId === null) return null;
  const review = await getSharedReview(surveyId, roundId);
  if (!review) return null;
  const advice = await getAdvice(surveyId, review.round.id);
  if (advice === undefined) return null;
  const response = advice?.status === "submitted" ? ((await getResponse(surveyId, advice.id)) ?? null) : null;
  return { surveyId, review, advice, response, questions: questionRefs(review.version.definition) };
}
