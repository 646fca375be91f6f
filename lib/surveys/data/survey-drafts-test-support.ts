import { and, asc, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { auditLog, responses, surveys, surveyVersions } from "@/db/schema";
import { createUserAccount } from "@/lib/accounts/data/user-accounts";
import type { Role } from "@/lib/accounts/types";
import { type SurveyDefinition, surveyDefinitionSchema } from "@/lib/surveys/definition/schema";
import { sampleQuestions } from "@/lib/surveys/definition/test-definitions";
import type { SurveyStatus } from "@/lib/surveys/types";
import { signInAsUser } from "@/lib/testing/signed-in";

// Fixtures and read-backs for survey data tests, written with the query builder so they run the
// same on SQLite and PostgreSQL: moments, booleans and JSON come back as JS values on both.

export let seq = 0;
export async function signInAs(role: Role, name = `${role} ${seq + 1}`) {
  seq += 1;
  const { id } = await createUserAccount({
    email: `${role}${seq}@example.nl`,
    name,
    role,
    password: "een-lang-wachtwoord",
  });
  await signInAsUser(id);
  return { id, name };
}
/** Signs in as an existing account again (a second session). */
export async function actAs(user: { id: number }) {
  await signInAsUser(user.id);
}

/** A survey's versions in order: number, whether frozen, and the definition's title. */
export const versionsOf = async (surveyId: number) =>
  (
    await getDb()
      .select({
        number: surveyVersions.number,
        frozenAt: surveyVersions.frozenAt,
        definition: surveyVersions.definition,
      })
      .from(surveyVersions)
      .where(eq(surveyVersions.surveyId, surveyId))
      .orderBy(asc(surveyVersions.number))
  ).map((v) => ({
    number: v.number,
    frozen: v.frozenAt !== null,
    title: (v.definition as { title?: string }).title,
  }));

export const surveyRow = async (id: number) => {
  const row = (
    await getDb()
      .select({
        slug: surveys.slug,
        title: surveys.title,
        status: surveys.status,
        revision: surveys.revision,
        current: surveys.currentVersionId,
      })
      .from(surveys)
      .where(eq(surveys.id, id))
      .limit(1)
  )[0];
  if (!row) throw new Error(`no survey ${id}`);
  return row;
};

/** The survey's audit entries in order, details as the parsed JSON object. */
export const auditOf = async (id: number) =>
  (
    await getDb()
      .select({ action: auditLog.action, actorId: auditLog.actorId, details: auditLog.details })
      .from(auditLog)
      .where(and(eq(auditLog.subjectType, "survey"), eq(auditLog.subjectId, String(id))))
      .orderBy(asc(auditLog.id))
  ).map((row) => ({ ...row, details: (row.details ?? null) as Record<string, unknown> | null }));

export const definition = (title = "Wonen in de wijk"): SurveyDefinition =>
  surveyDefinitionSchema.parse({
    title,
    intro: "Intro",
    privacy: "Privacy",
    closing: "Dank u wel",
    pages: [{ id: "een", title: "Een", questions: [sampleQuestions.gender, sampleQuestions.age] }],
  });

/** An in-progress response on the survey's current version. */
export async function addResponse(surveyId: number) {
  const db = getDb();
  const survey = (
    await db
      .select({ versionId: surveys.currentVersionId })
      .from(surveys)
      .where(eq(surveys.id, surveyId))
      .limit(1)
  )[0];
  if (survey?.versionId == null) throw new Error(`survey ${surveyId} has no current version`);
  const token = `token-${Math.random()}`;
  await db.insert(responses).values({
    surveyId,
    versionId: survey.versionId,
    resumeTokenHash: token,
    resumeCodeHash: token,
    resumeTokenSealed: "x",
    resumeCodeSealed: "y",
  });
}

/** Freezes every version of the survey, as sharing it for review or opening it would. */
export async function freezeVersions(surveyId: number) {
  await getDb()
    .update(surveyVersions)
    .set({ frozenAt: new Date() })
    .where(eq(surveyVersions.surveyId, surveyId));
}

/** Puts the survey in a lifecycle state directly, without the transition's checks. */
export async function setStatus(surveyId: number, status: SurveyStatus) {
  await getDb().update(surveys).set({ status }).where(eq(surveys.id, surveyId));
}

/** The number of the version the survey points at as current, if any. */
export async function currentVersionNumber(surveyId: number): Promise<number | undefined> {
  return (
    await getDb()
      .select({ number: surveyVersions.number })
      .from(surveys)
      .innerJoin(surveyVersions, eq(surveyVersions.id, surveys.currentVersionId))
      .where(eq(surveys.id, surveyId))
      .limit(1)
  )[0]?.number;
}

/** Whether the survey row still exists. */
export async function surveyExists(surveyId: number): Promise<boolean> {
  return (
    (await getDb().select({ id: surveys.id }).from(surveys).where(eq(surveys.id, surveyId)).limit(1)).length >
    0
  );
}
