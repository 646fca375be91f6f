import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { answers, responses, surveys, surveyVersions } from "@/db/schema";
import type { SurveyDefinition } from "@/lib/surveys/definition/schema";

/*
 * Test helpers for the results data functions: a survey with a frozen version, and responses with
 * their stored answers, written directly so a test sets up exactly the state it needs. The
 * builder maps moments and JSON for whichever engine the test runs on (issue 12).
 */

/** An open survey whose current (frozen) version holds `definition`. */
export async function insertResultsSurvey(slug: string, definition: SurveyDefinition): Promise<number> {
  const db = getDb();
  const [survey] = await db
    .insert(surveys)
    .values({ slug, title: definition.title, status: "open" })
    .returning({ id: surveys.id });
  const [version] = await db
    .insert(surveyVersions)
    .values({ surveyId: survey.id, number: 1, definition, frozenAt: new Date() })
    .returning({ id: surveyVersions.id });
  await db.update(surveys).set({ currentVersionId: version.id }).where(eq(surveys.id, survey.id));
  return survey.id;
}

export type TestResponse = {
  answers: Record<string, unknown>;
  channel?: "public" | "panel" | "staff";
  panelId?: number | null;
  ageGroup?: string | null;
  sex?: string | null;
  district?: string | null;
  status?: "in_progress" | "completed";
};

let seq = 0;
/** A response (in progress unless said otherwise) with its answers stored, as the pages store them. */
export async function insertStartedResponse(surveyId: number, r: TestResponse): Promise<number> {
  seq += 1;
  const db = getDb();
  const [survey] = await db
    .select({ versionId: surveys.currentVersionId })
    .from(surveys)
    .where(eq(surveys.id, surveyId));
  if (survey?.versionId == null) throw new Error(`survey ${surveyId} has no current version`);
  const [response] = await db
    .insert(responses)
    .values({
      surveyId,
      versionId: survey.versionId,
      channel: r.channel ?? "public",
      panelId: r.panelId ?? null,
      ageGroup: r.ageGroup ?? null,
      sex: r.sex ?? null,
      district: r.district ?? null,
      status: r.status ?? "in_progress",
      completedAt: r.status === "completed" ? new Date() : null,
      resumeTokenHash: `results-${surveyId}-${seq}`,
      resumeCodeHash: `code-${seq}`,
      resumeTokenSealed: "x",
      resumeCodeSealed: "x",
    })
    .returning({ id: responses.id });
  for (const [questionId, value] of Object.entries(r.answers))
    await db.insert(answers).values({ responseId: response.id, questionId, value });
  return response.id;
}
