import { and, eq } from "drizzle-orm";
import { surveys, surveyVersions } from "@/db/schema";

/**
 * The join condition from a survey to the version residents answer (surveys.current_version_id),
 * checked to belong to that survey: the one way every feature reads a survey's current definition.
 */
export const isCurrentVersion = and(
  eq(surveyVersions.id, surveys.currentVersionId),
  eq(surveyVersions.surveyId, surveys.id),
);
