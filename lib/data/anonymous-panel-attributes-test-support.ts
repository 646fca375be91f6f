import "server-only";
import { getDb } from "@/db/client";
import { ageGroupFor } from "@/lib/panel/age-groups";

/*
 * The attack the anonymity tests try, as whoever holds the database would: take the panel member
 * list and the used invitations of a survey (used = answered), and for every anonymous response,
 * and every panel row of the results cube, count the members who answered and match every
 * attribute it carries (its panel, age group, sex, district). Plain SQL and plain loops, not the
 * code under test, so the tests judge that code from the outside.
 */

const sql = () => getDb().$client;

type Member = { panelId: number; birthYear: number; sex: string; district: string | null };
type Carried = {
  panelId: number | null;
  ageGroup: string | null;
  sex: string | null;
  district: string | null;
};
export type Narrowed = { what: string; members: number };

function answeredMembers(surveyId: number): Member[] {
  return sql()
    .prepare(
      `SELECT i.panel_id AS panelId, m.birth_year AS birthYear, m.sex, m.district
       FROM invitations i JOIN panel_members m ON m.id = i.member_id
       WHERE i.survey_id = ? AND i.used_at IS NOT NULL`,
    )
    .all(surveyId) as Member[];
}

function holders(members: Member[], carried: Carried, year: number): number {
  return members.filter(
    (m) =>
      (!carried.panelId || m.panelId === carried.panelId) &&
      (!carried.ageGroup || ageGroupFor(m.birthYear, new Date(year, 6, 1)) === carried.ageGroup) &&
      (!carried.sex || m.sex === carried.sex) &&
      (!carried.district || m.district === carried.district),
  ).length;
}

/**
 * Every anonymous completed panel response, and every panel row of the cube, that fewer than k
 * members who answered match; empty when none can be narrowed that far. Also returns how many
 * responses were looked at, so a test can tell "none narrowed" from "nothing to look at".
 */
export function narrowedBelow(surveyId: number, k: number): { narrowed: Narrowed[]; responses: number } {
  const members = answeredMembers(surveyId);
  const responses = sql()
    .prepare(
      `SELECT r.id, r.panel_id AS panelId, r.age_group AS ageGroup, r.sex, r.district, r.completed_at AS completedAt
       FROM responses r JOIN surveys s ON s.id = r.survey_id
       WHERE r.survey_id = ? AND r.status = 'completed' AND r.channel = 'panel'
         AND s.anonymity = 'anonymous' AND r.member_id IS NULL`,
    )
    .all(surveyId) as (Carried & { id: number; completedAt: number })[];
  const narrowed: Narrowed[] = [];
  const years = new Set<number>();
  for (const r of responses) {
    // The age group was that of the year the response was completed in.
    const year = new Date(r.completedAt).getFullYear();
    years.add(year);
    const n = holders(members, r, year);
    if (n < k) narrowed.push({ what: `response ${r.id} ${label(r)}`, members: n });
  }
  const cells = sql()
    .prepare(
      `SELECT DISTINCT panel_id AS panelId, age_group AS ageGroup, sex, district FROM result_cells
       WHERE survey_id = ? AND channel = 'panel'`,
    )
    .all(surveyId) as Carried[];
  for (const cell of cells) {
    // The cube keeps no moment: the attacker may read its age groups in any year of the fieldwork.
    const n = Math.max(0, ...[...years].map((year) => holders(members, cell, year)));
    if (n < k) narrowed.push({ what: `cube cell ${label(cell)}`, members: n });
  }
  return { narrowed, responses: responses.length };
}

/** How many anonymous completed panel responses carry each label (panel/age/sex/district). */
export function responsesPerLabel(surveyId: number): Map<string, number> {
  const rows = sql()
    .prepare(
      `SELECT panel_id AS panelId, age_group AS ageGroup, sex, district, count(*) AS n FROM responses
       WHERE survey_id = ? AND status = 'completed' AND channel = 'panel' AND member_id IS NULL
       GROUP BY panel_id, age_group, sex, district`,
    )
    .all(surveyId) as (Carried & { n: number })[];
  return new Map(rows.map((r) => [label(r), r.n]));
}

function label(c: Carried): string {
  return [c.panelId ?? "·", c.ageGroup ?? "·", c.sex ?? "·", c.district ?? "·"].join("/");
}
