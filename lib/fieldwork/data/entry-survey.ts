import "server-only";
import { eq } from "drizzle-orm";
import { type Executor, getDb } from "@/db/client";
import { surveys, surveyVersions } from "@/db/schema";
import { isCurrentVersion } from "@/lib/surveys/data/current-version";
import type { SurveyDefinition } from "@/lib/surveys/definition/schema";
import type { SurveyStatus } from "@/lib/surveys/types";

/** A survey as paper, phone and staff entry need it: its current version's definition and state. */
export type EntrySurvey = {
  id: number;
  title: string;
  status: SurveyStatus;
  versionId: number;
  definition: SurveyDefinition;
  /** In fieldwork now: open, and within its opening and closing moments. */
  open: boolean;
  /** Paper forms may be printed once the version residents will answer is settled. */
  printable: boolean;
};

/** The survey with its current version; null when it does not exist or has no version yet. */
export async function entrySurvey(
  surveyId: number,
  executor: Executor = getDb(),
): Promise<EntrySurvey | null> {
  const row = (
    await executor
      .select({
        id: surveys.id,
        title: surveys.title,
        status: surveys.status,
        opensAt: surveys.opensAt,
        closesAt: surveys.closesAt,
        versionId: surveyVersions.id,
        definition: surveyVersions.definition,
      })
      .from(surveys)
      .innerJoin(surveyVersions, isCurrentVersion)
      .where(eq(surveys.id, surveyId))
      .limit(1)
  )[0];
  if (!row) return null;
  const now = new Date();
  const open =
    row.status === "open" && (!row.opensAt || row.opensAt <= now) && (!row.closesAt || row.closesAt > now);
  return {
    id: row.id,
    title: row.title,
    status: row.status,
    versionId: row.versionId,
    definition: row.definition as SurveyDefinition,
    open,
    printable: row.status === "ready" || row.status === "open",
  };
}
