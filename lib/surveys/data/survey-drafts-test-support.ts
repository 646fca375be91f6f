import { sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { execute, queryRows, requiredRow } from "@/db/raw-sql";
import { createUserAccount } from "@/lib/accounts/data/user-accounts";
import type { Role } from "@/lib/accounts/types";
import { type SurveyDefinition, surveyDefinitionSchema } from "@/lib/surveys/definition/schema";
import { sampleQuestions } from "@/lib/surveys/definition/test-definitions";
import { signInAsUser } from "@/lib/testing/signed-in";

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

export const versionsOf = async (surveyId: number) =>
  await queryRows<{ number: number; frozen: number; title: string }>(
    getDb(),
    sql`select number, frozen_at is not null as frozen, json_extract(definition, '$.title') as title
        from survey_versions where survey_id = ${surveyId} order by number`,
  );
export const surveyRow = async (id: number) =>
  await requiredRow<{
    slug: string;
    title: string;
    status: string;
    revision: number;
    current: number | null;
  }>(
    getDb(),
    sql`select slug, title, status, revision, current_version_id as current from surveys where id = ${id}`,
  );
export const auditOf = async (id: number) =>
  await queryRows<{ action: string; actorId: number; details: string }>(
    getDb(),
    sql`select action, actor_id as actorId, details from audit_log
        where subject_type = 'survey' and subject_id = ${String(id)} order by id`,
  );

export const definition = (title = "Wonen in de wijk"): SurveyDefinition =>
  surveyDefinitionSchema.parse({
    title,
    intro: "Intro",
    privacy: "Privacy",
    closing: "Dank u wel",
    pages: [{ id: "een", title: "Een", questions: [sampleQuestions.gender, sampleQuestions.age] }],
  });

export async function addResponse(surveyId: number) {
  const version = await requiredRow<{ id: number }>(
    getDb(),
    sql`select current_version_id as id from surveys where id = ${surveyId}`,
  );
  const token = `token-${Math.random()}`;
  await execute(
    getDb(),
    sql`insert into responses (survey_id, version_id, resume_token_hash, resume_code_hash, resume_token_sealed, resume_code_sealed)
        values (${surveyId}, ${version.id}, ${token}, ${token}, 'x', 'y')`,
  );
}
