import "server-only";
import { getDb } from "@/db/client";
import type { Role } from "@/db/schema";
import { mantelzorgDefinition } from "@/db/seed/mantelzorg-concept";
import { dutchDate } from "@/lib/review/deadline";
import { parseDefinition } from "@/lib/survey/validate-definition";
import { createSession } from "./sessions";
import { insertSurveyWithVersion } from "./survey-import";
import { createUserAccount } from "./user-accounts";

/*
 * Fixtures for the review data tests (lib/data/review-*.test.ts, advice*.test.ts): real accounts,
 * sessions and surveys on the test's temp SQLite file. Each test file mocks only the cookie layer
 * (which session a request names) and signs in with `cookieFor`.
 */

let seq = 0;

export async function makeUser(role: Role, options: { active?: boolean } = {}) {
  seq += 1;
  const email = `${role}${seq}@example.nl`;
  const { id } = await createUserAccount({
    email,
    name: `${role} ${seq}`,
    role,
    password: "een-lang-wachtwoord",
  });
  if (options.active === false) sql().prepare("UPDATE users SET active = 0 WHERE id = ?").run(id);
  return { id, email, name: `${role} ${seq}`, role };
}

/** What next-auth's auth() would decode from this user's session cookie. */
export function cookieFor(userId: number) {
  return { user: { sid: createSession(userId).id, sub: String(userId) } };
}

export function sql() {
  return getDb().$client;
}

/** A new concept survey (the demo's mantelzorg draft) with an unfrozen version 1. */
export function makeConceptSurvey(): { surveyId: number; versionId: number } {
  seq += 1;
  const parsed = parseDefinition(mantelzorgDefinition);
  if (!parsed.ok) throw new Error(parsed.errors.join("\n"));
  return insertSurveyWithVersion(getDb(), {
    slug: `mantelzorg-${seq}`,
    definition: parsed.definition,
    status: "concept",
  });
}

export function revisionOf(surveyId: number): number {
  return (sql().prepare("SELECT revision FROM surveys WHERE id = ?").get(surveyId) as { revision: number })
    .revision;
}

/** A deadline date (YYYY-MM-DD, Dutch calendar) some days from now. */
export function deadlineIn(days: number): string {
  return dutchDate(new Date(Date.now() + days * 86_400_000));
}

/**
 * What the lifecycle's "revise" step leaves behind (in review → concept): the round closed and a
 * new, unfrozen draft version (a copy, optionally changed) as the current one.
 */
export function reviseAsStaffWould(
  surveyId: number,
  change?: (definition: { pages: { id: string; questions: { id: string; text: string }[] }[] }) => void,
): number {
  const db = sql();
  const current = db
    .prepare(
      "SELECT v.number, v.definition FROM surveys s JOIN survey_versions v ON v.id = s.current_version_id WHERE s.id = ?",
    )
    .get(surveyId) as { number: number; definition: string };
  const definition = JSON.parse(current.definition);
  change?.(definition);
  const now = Date.now();
  db.prepare("UPDATE review_rounds SET closed_at = ? WHERE survey_id = ? AND closed_at IS NULL").run(
    now,
    surveyId,
  );
  const { lastInsertRowid } = db
    .prepare("INSERT INTO survey_versions (survey_id, number, definition, created_at) VALUES (?, ?, ?, ?)")
    .run(surveyId, current.number + 1, JSON.stringify(definition), now);
  db.prepare(
    "UPDATE surveys SET status = 'concept', current_version_id = ?, revision = revision + 1 WHERE id = ?",
  ).run(Number(lastInsertRowid), surveyId);
  return Number(lastInsertRowid);
}

export type AuditRow = { action: string; actorId: number | null; details: Record<string, unknown> | null };

export function auditOf(surveyId: number): AuditRow[] {
  return (
    sql()
      .prepare(
        "SELECT action, actor_id AS actorId, details FROM audit_log WHERE subject_type = 'survey' AND subject_id = ? ORDER BY id",
      )
      .all(String(surveyId)) as { action: string; actorId: number | null; details: string | null }[]
  ).map((row) => ({ ...row, details: row.details ? JSON.parse(row.details) : null }));
}

export type OutboxRow = { to: string; template: string; subject: string; text: string };

export function outboxSince(id: number): OutboxRow[] {
  return sql()
    .prepare(
      'SELECT to_address AS "to", template, subject, text_body AS text FROM mail_outbox WHERE id > ? ORDER BY id',
    )
    .all(id) as OutboxRow[];
}

export function lastOutboxId(): number {
  return (sql().prepare("SELECT coalesce(max(id), 0) AS id FROM mail_outbox").get() as { id: number }).id;
}

/** The error a promise rejects with; fails the test when it resolves. */
export async function errorOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error("expected a refusal");
}
