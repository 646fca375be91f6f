import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { answers, openAnswerReviews, responses, surveys, surveyVersions } from "@/db/schema";
import { transaction } from "@/db/transaction";
import { insertSurvey } from "@/lib/panels/data/panel-test-support";

/*
 * Test helpers for the moderation queue: a survey with open questions and responses written
 * straight into the tables, so a test sets up exactly the answers it needs.
 */

const choice = (id: string, type: "single_choice" | "multiple_choice", other: boolean) => ({
  id,
  type,
  text: `Keuzevraag ${id}`,
  options: [
    { value: "familie", label: "Familie" },
    { value: "buren", label: "Buren" },
  ],
  other,
});

/** Two text questions, two choice questions with "anders, namelijk", and two questions without open text. */
export const OPEN_ANSWER_DEFINITION = {
  format: 1,
  title: "Moderatie",
  intro: "Intro",
  privacy: "Privacy",
  closing: "Dank",
  pages: [
    {
      id: "p1",
      title: "Eerste",
      questions: [
        { id: "tips", type: "long_text", text: "Heeft u tips voor de gemeente?" },
        choice("hulp", "multiple_choice", true),
        { id: "leeftijd", type: "number", text: "Hoe oud bent u?" },
      ],
    },
    {
      id: "p2",
      title: "Tweede",
      questions: [
        { id: "mist", type: "short_text", text: "Wat mist u in de buurt?" },
        choice("wonen", "single_choice", true),
        choice("vervoer", "single_choice", false),
      ],
    },
  ],
};

/** A survey (status open) whose current version has OPEN_ANSWER_DEFINITION. */
export async function insertOpenAnswerSurvey(slug: string): Promise<number> {
  const surveyId = await insertSurvey(slug);
  await transaction(async (tx) => {
    await tx
      .update(surveyVersions)
      .set({ definition: OPEN_ANSWER_DEFINITION })
      .where(eq(surveyVersions.surveyId, surveyId));
  });
  return surveyId;
}

let responseSeq = 0;
/** A response with these stored answers (questionId → value as in lib/surveys/definition/answer-types.ts). */
export async function insertResponseWithAnswers(
  surveyId: number,
  status: "completed" | "in_progress",
  values: Record<string, unknown>,
): Promise<number> {
  const [responseId] = await insertResponsesWithAnswers(surveyId, status, [values]);
  return responseId as number;
}

/** One response per entry, in this order, in one transaction; their ids in the same order. */
export async function insertResponsesWithAnswers(
  surveyId: number,
  status: "completed" | "in_progress",
  entries: Record<string, unknown>[],
): Promise<number[]> {
  return await transaction(async (tx) => {
    const survey = (
      await tx.select({ versionId: surveys.currentVersionId }).from(surveys).where(eq(surveys.id, surveyId))
    )[0];
    const versionId = survey?.versionId;
    if (!versionId) throw new Error(`survey ${surveyId} has no current version`);
    const ids: number[] = [];
    for (let from = 0; from < entries.length; from += CHUNK) {
      const rows = entries.slice(from, from + CHUNK).map(() => {
        responseSeq += 1;
        return {
          surveyId,
          versionId,
          channel: "public" as const,
          status,
          completedAt: status === "completed" ? new Date() : null,
          resumeTokenHash: `oa-${responseSeq}-${surveyId}`,
          resumeCodeHash: `oac-${responseSeq}`,
          resumeTokenSealed: "x",
          resumeCodeSealed: "x",
        };
      });
      // RETURNING gives the rows in VALUES order on both engines; sorting by id says so for certain.
      const inserted = await tx.insert(responses).values(rows).returning({ id: responses.id });
      ids.push(...inserted.map((row) => row.id).sort((a, b) => a - b));
    }
    const answerRows = entries.flatMap((values, i) =>
      Object.entries(values).map(([questionId, value]) => ({
        responseId: ids[i] as number,
        questionId,
        value,
      })),
    );
    for (let from = 0; from < answerRows.length; from += CHUNK)
      await tx.insert(answers).values(answerRows.slice(from, from + CHUNK));
    return ids;
  });
}

/** Rows per INSERT: well below either engine's limit on bound parameters. */
const CHUNK = 500;

/** The queue rows of a survey as stored, oldest first. */
export async function queueRows(surveyId: number) {
  const o = openAnswerReviews;
  return await getDb()
    .select({
      id: o.id,
      responseId: o.responseId,
      questionId: o.questionId,
      item: o.item,
      status: o.status,
      findings: o.findings,
      redactedText: o.redactedText,
      quote: o.quote,
    })
    .from(o)
    .where(eq(o.surveyId, surveyId))
    .orderBy(o.id);
}
