import "server-only";
import { and, asc, desc, eq, gte, lte, type SQL, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { containsPattern, likeIgnoringCase } from "@/db/dialect";
import { invitations, memberConsents, panelMembers } from "@/db/schema";
import { requirePermission } from "@/lib/accounts/data/session";
import { listPage } from "@/lib/http/list-page";
import { type AgeGroup, ageGroupFor } from "@/lib/panels/age-groups";
import type { MemberFilter } from "@/lib/panels/schema";
import type { MemberStatus, Sex } from "@/lib/panels/types";
import { memberProfileColumns } from "./member-profile-columns";

export const MEMBER_PAGE_SIZE = 50;

export type MemberListItem = {
  id: number;
  email: string | null;
  birthYear: number;
  ageGroup: AgeGroup | null;
  sex: Sex;
  postcode: string | null;
  district: string | null;
  status: MemberStatus;
  createdAt: Date;
};

export type MemberPage = { members: MemberListItem[]; total: number; page: number; pageCount: number };

/** The birth years of an age group this calendar year (age = this year − birth year). */
function birthYearRange(group: AgeGroup, at: Date): { from: number; to: number } {
  const [lower, upper] = group.endsWith("+")
    ? [Number(group.slice(0, -1)), 150]
    : (group.split("-").map(Number) as [number, number]);
  const year = at.getFullYear();
  return { from: year - upper, to: year - lower };
}

function memberConditions(panelId: number, filter: MemberFilter, at: Date): SQL | undefined {
  const conditions: SQL[] = [eq(panelMembers.panelId, panelId)];
  if (filter.status) conditions.push(eq(panelMembers.status, filter.status));
  if (filter.district) conditions.push(eq(panelMembers.district, filter.district));
  if (filter.sex) conditions.push(eq(panelMembers.sex, filter.sex));
  if (filter.ageGroup) {
    const range = birthYearRange(filter.ageGroup, at);
    conditions.push(gte(panelMembers.birthYear, range.from), lte(panelMembers.birthYear, range.to));
  }
  // Case ignored on both engines (SQLite's LIKE does, PostgreSQL's does not); wildcards taken literally.
  if (filter.q) conditions.push(likeIgnoringCase(panelMembers.email, containsPattern(filter.q)));
  return and(...conditions);
}

/**
 * One page of a panel's members with the filters applied; LIMIT/OFFSET and the count in SQL, so
 * a panel of 10,000+ members is never loaded whole.
 */
export async function listMembers(
  panelId: number,
  filter: MemberFilter,
  at: Date = new Date(),
): Promise<MemberPage> {
  await requirePermission("panel:manage");
  const where = memberConditions(panelId, filter, at);
  const db = getDb();
  const total =
    (await db.select({ n: sql<number>`count(*)` }).from(panelMembers).where(where).limit(1))[0]?.n ?? 0;
  const { page, pageCount, offset } = listPage(total, filter.page, MEMBER_PAGE_SIZE);
  const rows = await db
    .select(memberProfileColumns)
    .from(panelMembers)
    .where(where)
    .orderBy(desc(panelMembers.createdAt), desc(panelMembers.id))
    .limit(MEMBER_PAGE_SIZE)
    .offset(offset);
  return {
    members: rows.map((row) => ({ ...row, ageGroup: ageGroupFor(row.birthYear, at) })),
    total,
    page,
    pageCount,
  };
}

export type MemberDetail = MemberListItem & {
  panelId: number;
  joinedVia: string;
  confirmedAt: Date | null;
  pausedAt: Date | null;
  leftAt: Date | null;
  consents: { privacyVersion: number; consentedAt: Date }[];
  invitationCount: number;
};

/** One member of one panel (scoped by the panel, not by the member id alone); null if not there. */
export async function getMember(panelId: number, memberId: number): Promise<MemberDetail | null> {
  await requirePermission("panel:manage");
  const db = getDb();
  const member = (
    await db
      .select()
      .from(panelMembers)
      .where(and(eq(panelMembers.id, memberId), eq(panelMembers.panelId, panelId)))
      .limit(1)
  )[0];
  if (!member) return null;
  const consents = await db
    .select({ privacyVersion: memberConsents.privacyVersion, consentedAt: memberConsents.consentedAt })
    .from(memberConsents)
    .where(eq(memberConsents.memberId, member.id))
    .orderBy(asc(memberConsents.consentedAt));
  const invitationCount =
    (
      await db
        .select({ n: sql<number>`count(*)` })
        .from(invitations)
        .where(eq(invitations.memberId, member.id))
        .limit(1)
    )[0]?.n ?? 0;
  return {
    id: member.id,
    panelId: member.panelId,
    email: member.email,
    birthYear: member.birthYear,
    ageGroup: ageGroupFor(member.birthYear),
    sex: member.sex,
    postcode: member.postcode,
    district: member.district,
    status: member.status,
    joinedVia: member.joinedVia,
    createdAt: member.createdAt,
    confirmedAt: member.confirmedAt,
    pausedAt: member.pausedAt,
    leftAt: member.leftAt,
    consents,
    invitationCount,
  };
}

/** The districts that occur among a panel's members, for the list's filter. */
export async function memberDistricts(panelId: number): Promise<string[]> {
  await requirePermission("panel:manage");
  return (
    await getDb()
      .selectDistinct({ district: panelMembers.district })
      .from(panelMembers)
      .where(and(eq(panelMembers.panelId, panelId), sql`${panelMembers.district} IS NOT NULL`))
      .orderBy(asc(panelMembers.district))
  ).map((row) => row.district as string);
}
