import "server-only";
import { sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import type { Role } from "@/lib/accounts/types";
import type { TestCookie } from "@/lib/testing/session-cookie";
import { signInAs as signInAsRole } from "@/lib/testing/signed-in";

/*
 * Test helpers for the panel data functions: rows written with plain SQL, so a test sets up
 * exactly the state it needs without going through the functions under test.
 */

export function insertPanel(
  slug: string,
  options: { minAge?: number; maxInvitationsPerYear?: number } = {},
): number {
  return Number(
    getDb().run(
      sql`INSERT INTO panels (slug, name, description, privacy_text, min_age, max_invitations_per_year)
          VALUES (${slug}, ${`Panel ${slug}`}, 'Beschrijving', 'Privacytekst', ${options.minAge ?? 16},
                  ${options.maxInvitationsPerYear ?? 4})`,
    ).lastInsertRowid,
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

export function insertMember(panelId: number, member: TestMember = {}): number {
  const email =
    member.email === undefined ? `lid${Math.random().toString(36).slice(2)}@example.org` : member.email;
  const postcode = member.postcode === undefined ? "4901 AB" : member.postcode;
  return Number(
    getDb().run(
      sql`INSERT INTO panel_members (panel_id, email, birth_year, sex, postcode, district, status, joined_via)
          VALUES (${panelId}, ${email}, ${member.birthYear ?? 1980}, ${member.sex ?? "vrouw"}, ${postcode},
                  ${member.district ?? null}, ${member.status ?? "active"}, 'staff')`,
    ).lastInsertRowid,
  );
}

export function insertSurvey(slug: string, anonymity: "anonymous" | "pseudonymous" = "anonymous"): number {
  const db = getDb();
  const surveyId = Number(
    db.run(
      sql`INSERT INTO surveys (slug, title, status, anonymity) VALUES (${slug}, ${`Enquête ${slug}`}, 'open', ${anonymity})`,
    ).lastInsertRowid,
  );
  const versionId = Number(
    db.run(sql`INSERT INTO survey_versions (survey_id, number, definition) VALUES (${surveyId}, 1, '{}')`)
      .lastInsertRowid,
  );
  db.run(sql`UPDATE surveys SET current_version_id = ${versionId} WHERE id = ${surveyId}`);
  return surveyId;
}

let responseSeq = 0;
export function insertPanelResponse(surveyId: number, panelId: number, memberId: number | null): number {
  responseSeq += 1;
  const db = getDb();
  const { v: versionId } = db.get<{ v: number }>(
    sql`SELECT current_version_id AS v FROM surveys WHERE id = ${surveyId}`,
  );
  return Number(
    db.run(
      sql`INSERT INTO responses (survey_id, version_id, channel, panel_id, member_id, status, resume_token_hash,
            resume_code_hash, resume_token_sealed, resume_code_sealed)
          VALUES (${surveyId}, ${versionId}, 'panel', ${panelId}, ${memberId}, 'completed',
                  ${`t${responseSeq}-${surveyId}`}, ${`c${responseSeq}`}, 'x', 'x')`,
    ).lastInsertRowid,
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

export function insertDistricts(table: Record<string, string>): void {
  for (const [postcode4, district] of Object.entries(table))
    getDb().run(
      sql`INSERT OR REPLACE INTO postcode_districts (postcode4, district) VALUES (${postcode4}, ${district})`,
    );
}
