import "server-only";
import { type SQL, sql } from "drizzle-orm";
import { jsonNumber, jsonText } from "@/db/dialect";
import { auditLog } from "@/db/schema";
import type { SurveyStatus } from "@/lib/surveys/types";

/*
 * The surveys feature's hand-written SQL fragments, in one place (issue 12): the audit log's JSON
 * details read the same way on SQLite (JSON text) and PostgreSQL (jsonb), through db/dialect.ts.
 */

/** The audit entry made revision `revision` of its survey (`details.revision`, survey-lifecycle.ts). */
export function auditNamesRevision(revision: number): SQL {
  return sql`${jsonNumber(auditLog.details, "revision")} = ${revision}`;
}

/** The version a status change's audit entry names (`details.versionId`), or null. */
export function auditedVersionId(): SQL<number | null> {
  return jsonNumber(auditLog.details, "versionId");
}

/** The audit entry is a step to `status` (`details.to`). */
export function auditStepTo(status: SurveyStatus): SQL {
  return sql`${jsonText(auditLog.details, "to")} = ${status}`;
}
