import "server-only";
import { sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { execute, requiredRow } from "@/db/raw-sql";
import type { Role } from "@/lib/accounts/types";
import type { TestCookie } from "@/lib/testing/session-cookie";
import { signInAs as signInAsRole } from "@/lib/testing/signed-in";

/*
 * Test helpers for the panel data functions: rows written with plain SQL, so a test sets up
 * exactly the state it needs without going through the functions under test.
 */

export async function insertPanel(
  slug: string,
  options: { minAge?: number; maxInvitationsPerYear?: number } = {},
): Promise<number> {
  return Number(
    (
      await requiredRow<{ id: number }>(
        getDb(),
        sql`INSERT INTO panels (slug, name, description, privacy_text, min_age, max_invitations_per_year)
          VALUES (${slug}, ${`Panel ${slug}`}, 'Beschrijving', 'Privacytekst', ${options.minAge ?? 16},
                  ${options.maxInvitationsPerYear ?? 4}) RETURNING id`,
      )
    ).id,
  );
}

export type TestMember = {
  email?: string | null;
  birthYear?: number;
  sex?: string;
  postcode?: string | null;
  district?: string | null;
  status?: string;
};

export async function insertMember(panelId: number, member: TestMember = {}): Promise<number> {
  const email =
    member.email === undefined ? `lid${Math.random().toString(36).slice(2)}@example.org` : member.email;
  const postcode = member.postcode === undefined ? "4901 AB" : member.postcode;
  return Number(
    (
      await requiredRow<{ id: number }>(
        getDb(),
        sql`INSERT INTO panel_members (panel_id, email, birth_year, sex, postcode, district, status, joined_via)
          VALUES (${panelId}, ${email}, ${member.birthYear ?? 1980}, ${member.sex ?? "vrouw"}, ${postcode},
                  ${member.district ?? null}, ${member.status ?? "active"}, 'staff') RETURNING id`,
      )
    ).id,
  );
}

export async function insertSurvey(
  slug: string,
  anonymity: "anonymous" | "pseudonymous" = "anonymous",
): Promise<number> {
  const db = getDb();
  const surveyId = Number(
    (
      await requiredRow<{ id: number }>(
        db,
        sql`INSERT INTO surveys (slug, title, status, anonymity) VALUES (${slug}, ${`Enquête ${slug}`}, 'open', ${anonymity}) RETURNING id`,
      )
    ).id,
  );
  const versionId = Number(
    (
      await requiredRow<{ id: number }>(
        db,
        sql`INSERT INTO survey_versions (survey_id, number, definition) VALUES (${surveyId}, 1, '{}') RETURNING id`,
      )
    ).id,
  );
  await execute(db, sql`UPDATE surveys SET current_version_id = ${versionId} WHERE id = ${surveyId}`);
  return surveyId;
}

let responseSeq = 0;
export async function insertPanelResponse(
  surveyId: number,
  panelId: number,
  memberId: number | null,
): Promise<number> {
  responseSeq += 1;
  const db = getDb();
  const { v: versionId } = await requiredRow<{ v: number }>(
    db,
    sql`SELECT current_version_id AS v FROM surveys WHERE id = ${surveyId}`,
  );
  return Number(
    (
      await requiredRow<{ id: number }>(
        db,
        sql`INSERT INTO responses (survey_id, version_id, channel, panel_id, member_id, status, resume_token_hash,
            resume_code_hash, resume_token_sealed, resume_code_sealed)
          VALUES (${surveyId}, ${versionId}, 'panel', ${panelId}, ${memberId}, 'completed',
                  ${`t${responseSeq}-${surveyId}`}, ${`c${responseSeq}`}, 'x', 'x') RETURNING id`,
      )
    ).id,
  );
}

/** The cookie layer a test file mocks (vi.mock("@/auth") and "next/headers"): which session it names. */
export type { TestCookie } from "@/lib/testing/session-cookie";

/**
 * For test files that keep their own vi.hoisted cookie: creates an account with this role and
 * makes that cookie name a fresh session of it (lib/testing/signed-in.ts does the work).
 */
export function signInAs(cookie: TestCookie, role: Role): Promise<number> {
  return signInAsRole(role, { cookie });
}

export async function insertDistricts(table: Record<string, string>): Promise<void> {
  for (const [postcode4, district] of Object.entries(table))
    await execute(
      getDb(),
      sql`INSERT OR REPLACE INTO postcode_districts (postcode4, district) VALUES (${postcode4}, ${district})`,
    );
}
