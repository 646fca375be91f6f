import "server-only";
import { getDb } from "@/db/client";
import { createSession } from "@/lib/accounts/data/sessions";
import { createUserAccount } from "@/lib/accounts/data/user-accounts";
import type { Role } from "@/lib/accounts/types";
import { mantelzorgDefinition } from "@/lib/demo/mantelzorg-concept";
import { transitionSurvey } from "@/lib/fieldwork/data/survey-transition";
import { dutchDate } from "@/lib/review/deadline";
import { insertSurveyWithVersion } from "@/lib/surveys/data/survey-import";
import { parseDefinition } from "@/lib/surveys/definition/validate-definition";

/*
 * Fixtures for the review data tests (lib/review/data/*.test.ts): real accounts,
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
 * The lifecycle's "revise" step (in review → concept) as the signed-in staff member takes it: the
 * round closes and a new, unfrozen draft version becomes current. `change` then edits that draft
 * as the builder would. Returns the new version's id.
 */
export async function reviseAsStaffWould(
  surveyId: number,
  change?: (definition: { pages: { id: string; questions: { id: string; text: string }[] }[] }) => void,
): Promise<number> {
  const step = await transitionSurvey({ surveyId, to: "concept", expectedRevision: revisionOf(surveyId) });
  const draftId = step.draftVersionId ?? step.versionId;
  if (draftId === null) throw new Error("revise left no draft version");
  if (change) {
    const row = sql().prepare("SELECT definition FROM survey_versions WHERE id = ?").get(draftId) as {
      definition: string;
    };
    const definition = JSON.parse(row.definition);
    change(definition);
    sql()
      .prepare("UPDATE survey_versions SET definition = ? WHERE id = ?")
      .run(JSON.stringify(definition), draftId);
  }
  return draftId;
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
