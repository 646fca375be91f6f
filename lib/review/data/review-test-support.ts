import "server-only";
import { and, asc, eq, gt, max } from "drizzle-orm";
import { getDb } from "@/db/client";
import { auditLog, mailOutbox, surveys, surveyVersions, users } from "@/db/schema";
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
  if (options.active === false) await getDb().update(users).set({ active: false }).where(eq(users.id, id));
  return { id, email, name: `${role} ${seq}`, role };
}

/** What next-auth's auth() would decode from this user's session cookie. */
export async function cookieFor(userId: number) {
  return { user: { sid: (await createSession(userId)).id, sub: String(userId) } };
}

/** A new concept survey (the demo's mantelzorg draft) with an unfrozen version 1. */
export async function makeConceptSurvey(): Promise<{ surveyId: number; versionId: number }> {
  seq += 1;
  const parsed = parseDefinition(mantelzorgDefinition);
  if (!parsed.ok) throw new Error(parsed.errors.join("\n"));
  return await insertSurveyWithVersion(getDb(), {
    slug: `mantelzorg-${seq}`,
    definition: parsed.definition,
    status: "concept",
  });
}

export async function revisionOf(surveyId: number): Promise<number> {
  const row = (
    await getDb()
      .select({ revision: surveys.revision })
      .from(surveys)
      .where(eq(surveys.id, surveyId))
      .limit(1)
  )[0];
  if (!row) throw new Error(`no survey ${surveyId}`);
  return row.revision;
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
  const step = await transitionSurvey({
    surveyId,
    to: "concept",
    expectedRevision: await revisionOf(surveyId),
  });
  const draftId = step.draftVersionId ?? step.versionId;
  if (draftId === null) throw new Error("revise left no draft version");
  if (change) {
    const db = getDb();
    const row = (
      await db
        .select({ definition: surveyVersions.definition })
        .from(surveyVersions)
        .where(eq(surveyVersions.id, draftId))
        .limit(1)
    )[0];
    const definition = row?.definition as Parameters<typeof change>[0];
    change(definition);
    await db.update(surveyVersions).set({ definition }).where(eq(surveyVersions.id, draftId));
  }
  return draftId;
}

export type AuditRow = { action: string; actorId: number | null; details: Record<string, unknown> | null };

export async function auditOf(surveyId: number): Promise<AuditRow[]> {
  return (
    await getDb()
      .select({ action: auditLog.action, actorId: auditLog.actorId, details: auditLog.details })
      .from(auditLog)
      .where(and(eq(auditLog.subjectType, "survey"), eq(auditLog.subjectId, String(surveyId))))
      .orderBy(asc(auditLog.id))
  ).map((row) => ({ ...row, details: (row.details ?? null) as AuditRow["details"] }));
}

export type OutboxRow = { to: string; template: string; subject: string; text: string };

export async function outboxSince(id: number): Promise<OutboxRow[]> {
  return await getDb()
    .select({
      to: mailOutbox.toAddress,
      template: mailOutbox.template,
      subject: mailOutbox.subject,
      text: mailOutbox.textBody,
    })
    .from(mailOutbox)
    .where(gt(mailOutbox.id, id))
    .orderBy(asc(mailOutbox.id));
}

export async function lastOutboxId(): Promise<number> {
  return (
    (
      await getDb()
        .select({ id: max(mailOutbox.id) })
        .from(mailOutbox)
        .limit(1)
    )[0]?.id ?? 0
  );
}
