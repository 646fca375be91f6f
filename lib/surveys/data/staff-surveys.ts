import "server-only";
import { desc, eq, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { responses, surveys } from "@/db/schema";
import { requirePermission } from "@/lib/accounts/data/session";
import type { SurveyStatus } from "@/lib/surveys/types";

export type StaffSurveyListItem = {
  id: number;
  slug: string;
  title: string;
  status: SurveyStatus;
  /** Responses sent in (status completed). */
  completed: number;
  /** Responses started but not (yet) sent in. */
  inProgress: number;
  updatedAt: Date;
};

/**
 * Every survey with its response counts, for the staff area's overview. Staff work on all of
 * the municipality's surveys, so there is no owner scope beyond the permission.
 */
export async function listStaffSurveys(): Promise<StaffSurveyListItem[]> {
  await requirePermission("beheer:enter");
  return await getDb()
    .select({
      id: surveys.id,
      slug: surveys.slug,
      title: surveys.title,
      status: surveys.status,
      completed: sql<number>`count(case when ${responses.status} = 'completed' then 1 end)`,
      inProgress: sql<number>`count(case when ${responses.status} = 'in_progress' then 1 end)`,
      updatedAt: surveys.updatedAt,
    })
    .from(surveys)
    .leftJoin(responses, eq(responses.surveyId, surveys.id))
    .groupBy(surveys.id)
    .orderBy(desc(surveys.updatedAt), desc(surveys.id));
}
