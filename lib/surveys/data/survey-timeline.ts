import "server-only";
import { and, desc, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { auditLog, users } from "@/db/schema";
import { requirePermission } from "@/lib/accounts/data/session";

/*
 * A survey's history for staff: every audit entry about it, newest first. The convention for
 * everyone recording events about a survey (state changes, edits, shares, comments, advice,
 * responses): `recordAudit({ subjectType: "survey", subjectId: <survey id>, action, details })`.
 */

export type TimelineEntry = {
  id: number;
  at: Date;
  action: string;
  /** Null for the operator CLI or the system, or a deleted account. */
  actorName: string | null;
  details: Record<string, unknown> | null;
};

export async function listSurveyTimeline(surveyId: number, limit = 200): Promise<TimelineEntry[]> {
  await requirePermission("survey:read");
  return (
    await getDb()
      .select({
        id: auditLog.id,
        at: auditLog.at,
        action: auditLog.action,
        actorName: users.name,
        details: auditLog.details,
      })
      .from(auditLog)
      .leftJoin(users, eq(users.id, auditLog.actorId))
      .where(and(eq(auditLog.subjectType, "survey"), eq(auditLog.subjectId, String(surveyId))))
      .orderBy(desc(auditLog.at), desc(auditLog.id))
      .limit(limit)
  ).map((row) => ({
    ...row,
    details:
      row.details && typeof row.details === "object" && !Array.isArray(row.details)
        ? (row.details as Record<string, unknown>)
        : null,
  }));
}
