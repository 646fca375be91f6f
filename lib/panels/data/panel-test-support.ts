import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { panelMembers, panels, postcodeDistricts, responses, surveys, surveyVersions } from "@/db/schema";
import type { Role } from "@/lib/accounts/types";
import type { MemberStatus, Sex } from "@/lib/panels/types";
import type { TestCookie } from "@/lib/testing/session-cookie";
import { signInAs as signInAsRole } from "@/lib/testing/signed-in";

/*
 * Test helpers for the panel data functions: rows written straight into the tables (drizzle's
 * builder, so they read the same on SQLite and PostgreSQL, ids given by the database), so a test
 * sets up exactly the state it needs without going through the functions under test.
 */

export async function insertPanel(
  slug: string,
  options: { minAge?: number; maxInvitationsPerYear?: number } = {},
): Promise<number> {
  const [row] = await getDb()
    .insert(panels)
    .values({
      slug,
      name: `Panel ${slug}`,
      description: "Beschrijving",
      privacyText: "Privacytekst",
      minAge: options.minAge ?? 16,
      maxInvitationsPerYear: options.maxInvitationsPerYear ?? 4,
    })
    .returning({ id: panels.id });
  if (!row) throw new Error("no panel inserted");
  return row.id;
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
  const [row] = await getDb()
    .insert(panelMembers)
    .values({
      panelId,
      email,
      birthYear: member.birthYear ?? 1980,
      // Tests pass any text here, as the table would take it; the column's type names the known ones.
      sex: (member.sex ?? "vrouw") as Sex,
      postcode,
      district: member.district ?? null,
      status: (member.status ?? "active") as MemberStatus,
      joinedVia: "staff",
    })
    .returning({ id: panelMembers.id });
  if (!row) throw new Error("no member inserted");
  return row.id;
}

export async function insertSurvey(
  slug: string,
  anonymity: "anonymous" | "pseudonymous" = "anonymous",
): Promise<number> {
  const db = getDb();
  const [survey] = await db
    .insert(surveys)
    .values({ slug, title: `Enquête ${slug}`, status: "open", anonymity })
    .returning({ id: surveys.id });
  if (!survey) throw new Error("no survey inserted");
  const [version] = await db
    .insert(surveyVersions)
    .values({ surveyId: survey.id, number: 1, definition: {} })
    .returning({ id: surveyVersions.id });
  if (!version) throw new Error("no survey version inserted");
  await db.update(surveys).set({ currentVersionId: version.id }).where(eq(surveys.id, survey.id));
  return survey.id;
}

let responseSeq = 0;
export async function insertPanelResponse(
  surveyId: number,
  panelId: number,
  memberId: number | null,
): Promise<number> {
  responseSeq += 1;
  const db = getDb();
  const [survey] = await db
    .select({ versionId: surveys.currentVersionId })
    .from(surveys)
    .where(eq(surveys.id, surveyId));
  if (survey?.versionId == null) throw new Error(`survey ${surveyId} has no current version`);
  const [row] = await db
    .insert(responses)
    .values({
      surveyId,
      versionId: survey.versionId,
      channel: "panel",
      panelId,
      memberId,
      status: "completed",
      resumeTokenHash: `t${responseSeq}-${surveyId}`,
      resumeCodeHash: `c${responseSeq}`,
      resumeTokenSealed: "x",
      resumeCodeSealed: "x",
    })
    .returning({ id: responses.id });
  if (!row) throw new Error("no response inserted");
  return row.id;
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
    await getDb()
      .insert(postcodeDistricts)
      .values({ postcode4, district })
      .onConflictDoUpdate({ target: postcodeDistricts.postcode4, set: { district } });
}
