import "server-only";
import { and, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { advice } from "@/db/schema";
import { questionRefs } from "@/lib/review/questions";
import type { PublishedAdvice } from "@/lib/review/types";
import { findSurveyVersion } from "@/lib/surveys/data/survey-versions";
import { advicePointsOf } from "./advice";
import { loadResponse } from "./advice-responses";
import { roundsOf } from "./review-access";

/*
 * The Adviesraad's advice and the municipality's official response, as the public results page
 * shows them beside the numbers (as Oosterhout attached both to its council proposal).
 *
 * NO session check, on purpose: this is for publication, and returns only what is public by
 * nature once the results are: submitted advice and final responses. Drafts never leave here, nor
 * who submitted or finalized (the advice is the Adviesraad's as a body, the response the
 * municipality's). The publication feature decides WHEN to call it (only for published surveys).
 */

/** Submitted advice per review round (oldest first), each with its final response if there is one. */
export async function getPublishedAdviceAndResponse(surveyId: number): Promise<PublishedAdvice[]> {
  const db = getDb();
  const out: PublishedAdvice[] = [];
  for (const round of await roundsOf(surveyId, db)) {
    const row = (
      await db
        .select({
          id: advice.id,
          introduction: advice.introduction,
          submittedAt: advice.submittedAt,
          late: advice.late,
        })
        .from(advice)
        .where(
          and(
            eq(advice.reviewRoundId, round.id),
            eq(advice.surveyId, surveyId),
            eq(advice.status, "submitted"),
          ),
        )
        .limit(1)
    )[0];
    if (!row?.submittedAt) continue;
    const points = await advicePointsOf(row.id, db);
    const version = await findSurveyVersion(surveyId, round.versionId, db);
    const refs = new Map((version ? questionRefs(version.definition) : []).map((q) => [q.id, q]));
    const stored = await loadResponse(row.id, db);
    const response = stored?.status === "final" && stored.finalizedAt ? stored : null;
    const answers = new Map((response?.points ?? []).map((p) => [p.pointId, p]));
    out.push({
      roundNumber: round.number,
      versionNumber: round.versionNumber,
      sharedAt: round.sharedAt,
      adviceDeadline: round.adviceDeadline,
      advice: { introduction: row.introduction, submittedAt: row.submittedAt, late: row.late },
      points: points.map((point) => {
        const answer = answers.get(point.id);
        return {
          number: point.number,
          body: point.body,
          questions: point.questionIds.map((id) => {
            const ref = refs.get(id);
            return { id, number: ref?.number ?? null, text: ref?.text ?? null };
          }),
          response: answer
            ? {
                verdict: answer.verdict,
                explanation: answer.explanation,
                handledInVersionNumber: answer.handledInVersionNumber,
              }
            : null,
        };
      }),
      response: response?.finalizedAt
        ? { introduction: response.introduction, finalizedAt: response.finalizedAt }
        : null,
    });
  }
  return out;
}
