import "server-only";
import { eq } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { surveys } from "@/db/schema";

/**
 * Whether a survey's responses are anonymous, read in the caller's transaction: the close pass
 * (coarsening panel attributes, erasing the response trail) acts only on anonymous surveys.
 * False for a survey that does not exist.
 */
export async function isAnonymousSurvey(surveyId: number, db: Executor): Promise<boolean> {
  const survey = (
    await db.select({ anonymity: surveys.anonymity }).from(surveys).where(eq(surveys.id, surveyId)).limit(1)
  )[0];
  return survey?.anonymity === "anonymous";
}
