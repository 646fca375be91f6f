import "server-only";
import { and, desc, eq, inArray, or } from "drizzle-orm";
import { getDb } from "@/db/client";
import { responses, surveys, surveyVersions } from "@/db/schema";
import { readDefinitionModel } from "@/lib/surveys/definition/definition-model";

/*
 * Which questions of a survey have open answers to moderate: short and long text questions
 * (item "") and single or multiple choice questions with "anders, namelijk" (item "_anders").
 * Read from the survey's current version and from every version a completed response was given
 * to, so answers to a question that a later version dropped still reach the queue. The current
 * version decides the text and the order; dropped questions follow in the order found.
 * No permission check: callers are the data functions in open-answer*.ts, which check it.
 */

/** "text": the answer itself (item ""); "other": the "anders, namelijk" text (item "_anders"). */
export type OpenQuestionKind = "text" | "other";

export type OpenQuestion = { id: string; text: string; kind: OpenQuestionKind };

export const ITEM_OF_KIND: Record<OpenQuestionKind, "" | "_anders"> = { text: "", other: "_anders" };

/** The survey's open questions in survey order; null when the survey does not exist. */
export async function openQuestionsOf(surveyId: number): Promise<OpenQuestion[] | null> {
  const db = getDb();
  const survey = (
    await db
      .select({ versionId: surveys.currentVersionId })
      .from(surveys)
      .where(eq(surveys.id, surveyId))
      .limit(1)
  )[0];
  if (!survey) return null;
  const v = surveyVersions;
  const r = responses;
  const versions = await db
    .select({ id: v.id, definition: v.definition })
    .from(v)
    .where(
      and(
        eq(v.surveyId, surveyId),
        or(
          survey.versionId === null ? undefined : eq(v.id, survey.versionId),
          inArray(
            v.id,
            db
              .selectDistinct({ id: r.versionId })
              .from(r)
              .where(and(eq(r.surveyId, surveyId), eq(r.status, "completed"))),
          ),
        ),
      ),
    )
    .orderBy(desc(v.number));
  // The current version first, then the others from the newest.
  const definitions = [
    ...versions.filter((version) => version.id === survey.versionId),
    ...versions.filter((version) => version.id !== survey.versionId),
  ];

  const found = new Map<string, OpenQuestion>();
  for (const { definition } of definitions) {
    for (const page of readDefinitionModel(definition)) {
      for (const { question } of page.questions) {
        if (!question || found.has(question.id)) continue;
        if (question.type === "short_text" || question.type === "long_text") {
          found.set(question.id, { id: question.id, text: question.text, kind: "text" });
        } else if (
          (question.type === "single_choice" || question.type === "multiple_choice") &&
          question.other
        ) {
          found.set(question.id, { id: question.id, text: question.text, kind: "other" });
        }
      }
    }
  }
  return [...found.values()];
}
