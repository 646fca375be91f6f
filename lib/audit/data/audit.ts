import "server-only";
import { type Executor, getDb } from "@/db/client";
import { auditLog } from "@/db/schema";

/** The database or an open transaction: audit entries are written in the same transaction as the change. */

export type AuditEntry = {
  /** The user who made the change; null for the operator CLI or the system itself. */
  actorId: number | null;
  /** Dotted verb, e.g. "user.created", "user.role_changed", "survey.published". */
  action: string;
  /** What kind of thing changed, e.g. "user", "survey". */
  subjectType: string;
  /** Its id, as text (ids of different tables share the column). */
  subjectId: string | number | null;
  /** What changed, e.g. `{ from: "staff", to: "admin" }`. Never passwords or answers. */
  details?: Record<string, unknown> | null;
};

/**
 * Appends one entry to the audit log. It does not check permissions itself: callers are data
 * functions that have already checked them (pass their transaction as `executor`).
 */
export async function recordAudit(entry: AuditEntry, executor: Executor = getDb()): Promise<void> {
  await executor.insert(auditLog).values({
    actorId: entry.actorId,
    action: entry.action,
    subjectType: entry.subjectType,
    subjectId: entry.subjectId === null ? null : String(entry.subjectId),
    details: entry.details ?? null,
  });
}
