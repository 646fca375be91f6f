import type { Verdict } from "./types";
import { explanationRequired } from "./verdicts";

/*
 * When an official response may be finalized: it answers the advice as a whole, so every point
 * needs a verdict, and every partly or not adopted point needs its reasons (Awb 3:50).
 */

export type ResponseAnswer = {
  pointId: number;
  verdict?: Verdict | null;
  explanation: string;
};

export type ResponseProblem =
  | { kind: "unanswered"; pointId: number }
  | { kind: "explanation_missing"; pointId: number }
  | { kind: "unknown_point"; pointId: number };

/** Every reason the answers cannot be finalized, in the order of the advice's points. */
export function responseProblems(
  advicePointIds: readonly number[],
  answers: readonly ResponseAnswer[],
): ResponseProblem[] {
  const byPoint = new Map(answers.map((a) => [a.pointId, a]));
  const problems: ResponseProblem[] = [];
  for (const pointId of advicePointIds) {
    const answer = byPoint.get(pointId);
    if (!answer?.verdict) problems.push({ kind: "unanswered", pointId });
    else if (explanationRequired(answer.verdict) && !answer.explanation.trim()) {
      problems.push({ kind: "explanation_missing", pointId });
    }
  }
  const known = new Set(advicePointIds);
  for (const answer of answers) {
    if (!known.has(answer.pointId)) problems.push({ kind: "unknown_point", pointId: answer.pointId });
  }
  return problems;
}

export function canFinalizeResponse(
  advicePointIds: readonly number[],
  answers: readonly ResponseAnswer[],
): boolean {
  return advicePointIds.length > 0 && responseProblems(advicePointIds, answers).length === 0;
}
