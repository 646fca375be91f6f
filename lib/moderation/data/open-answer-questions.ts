import "server-only";
import { eq, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import { getDb } from "@/db/client";
import { queryRows } from "@/db/raw-sql";
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
  const v = alias(surveyVersions, "v");
  const r = responses;
  const definitions = await queryRows<{ definition: string }>(
    db,
    sql`SELECT ${v.definition} FROM ${surveyVersions} ${v}
       WHERE ${v.surveyId} = ${surveyId}
         AND (${v.id} = ${survey.versionId} OR ${v.id} IN
           (SELECT DISTINCT ${r.versionId} FROM ${r} WHERE ${r.surveyId} = ${surveyId} AND ${r.status} = 'completed'))
       ORDER BY ${v.id} = ${survey.versionId} DESC, ${v.number} DESC`,
  );

  const found = new Map<string, OpenQuestion>();
  for (const { definition } of definitions) {
    for (const page of readDefinitionModel(safeJson(definition))) {
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

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
