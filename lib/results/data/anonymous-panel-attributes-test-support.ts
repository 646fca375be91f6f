import "server-only";
import { sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { queryRows, requiredRow } from "@/db/raw-sql";
import { ageGroupFor } from "@/lib/panels/age-groups";

/*
 * The attack the anonymity tests try, as whoever holds the database would: take the panel member
 * list and the used invitations of a survey (used = answered), and for every anonymous response,
 * and every panel row of the results cube, count the members who answered and match every
 * attribute it carries (its panel, age group, sex, district). Plain SQL and plain loops, not the
 * code under test, so the tests judge that code from the outside.
 */

type Member = { panelId: number; birthYear: number; sex: string; district: string | null };
type Carried = {
  panelId: number | null;
  ageGroup: string | null;
  sex: string | null;
  district: string | null;
};
export type Narrowed = { what: string; members: number };

async function answeredMembers(surveyId: number): Promise<Member[]> {
  return await queryRows<Member>(
    getDb(),
    sql`SELECT i.panel_id AS panelId, m.birth_year AS birthYear, m.sex, m.district
        FROM invitations i JOIN panel_members m ON m.id = i.member_id
        WHERE i.survey_id = ${surveyId} AND i.used_at IS NOT NULL`,
  );
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

/** The survey's completed anonymous panel responses, with what each carries and when it came in. */
async function anonymousPanelResponses(surveyId: number) {
  return await queryRows<Carried & { id: number; completedAt: number }>(
    getDb(),
    sql`SELECT r.id, r.panel_id AS panelId, r.age_group AS ageGroup, r.sex, r.district, r.completed_at AS completedAt
        FROM responses r JOIN surveys s ON s.id = r.survey_id
        WHERE r.survey_id = ${surveyId} AND r.status = 'completed' AND r.channel = 'panel'
          AND s.anonymity = 'anonymous' AND r.member_id IS NULL`,
  );
}

/**
 * Every anonymous completed panel response, and every panel row of the cube, that fewer than k
 * members who answered match; empty when none can be narrowed that far. Also returns how many
 * responses were looked at, so a test can tell "none narrowed" from "nothing to look at".
 */
export async function narrowedBelow(
  surveyId: number,
  k: number,
): Promise<{ narrowed: Narrowed[]; responses: number }> {
  const members = await answeredMembers(surveyId);
  const responses = await anonymousPanelResponses(surveyId);
  const narrowed: Narrowed[] = [];
  const years = new Set<number>();
  for (const r of responses) {
    // The age group was that of the year the response was completed in.
    const year = new Date(r.completedAt).getFullYear();
    years.add(year);
    const n = holders(members, r, year);
    if (n < k) narrowed.push({ what: `response ${r.id} ${label(r)}`, members: n });
  }
  const cells = await queryRows<Carried>(
    getDb(),
    sql`SELECT DISTINCT panel_id AS panelId, age_group AS ageGroup, sex, district FROM result_cells
        WHERE survey_id = ${surveyId} AND channel = 'panel'`,
  );
  for (const cell of cells) {
    // The cube keeps no moment: the attacker may read its age groups in any year of the fieldwork.
    const n = Math.max(0, ...[...years].map((year) => holders(members, cell, year)));
    if (n < k) narrowed.push({ what: `cube cell ${label(cell)}`, members: n });
  }
  return { narrowed, responses: responses.length };
}

/** How many anonymous completed panel responses carry each label (panel/age/sex/district). */
export async function responsesPerLabel(surveyId: number): Promise<Map<string, number>> {
  const rows = await queryRows<Carried & { n: number }>(
    getDb(),
    sql`SELECT panel_id AS panelId, age_group AS ageGroup, sex, district, count(*) AS n FROM responses
        WHERE survey_id = ${surveyId} AND status = 'completed' AND channel = 'panel' AND member_id IS NULL
        GROUP BY panel_id, age_group, sex, district`,
  );
  return new Map(rows.map((r) => [label(r), r.n]));
}

function label(c: Carried): string {
  return [c.panelId ?? "·", c.ageGroup ?? "·", c.sex ?? "·", c.district ?? "·"].join("/");
}

type AnsweredMember = Member & {
  invitationId: number;
  invitedAt: number;
  roundCreatedAt: number;
  reminderDays: string;
  lastRemindedAt: number | null;
  /** The highest reminder number the outbox still shows for this invitation (dedupe key). */
  mailedReminder: number | null;
  /** Reminder tokens: one per reminder received. */
  tokens: number;
};

/**
 * The same attack with time: every anonymous completed panel response, and the members who
 * answered and match both its attributes and its moment (completed_at) against the reminder
 * trail. A reminder a member received says they had not answered yet when it went out, so their
 * response came later. While the trail is there for members who answered, a reminder they did not
 * receive says they had answered before it went out. The reminder times are the rounds' public
 * schedule (sending time + reminder days); which reminders a member received is read from
 * last_reminded_at, the reminder mails' dedupe keys and the number of reminder tokens.
 */
export async function narrowedByTime(
  surveyId: number,
  k: number,
): Promise<{ narrowed: Narrowed[]; responses: number }> {
  const DAY = 24 * 60 * 60 * 1000;
  const members = await queryRows<AnsweredMember>(
    getDb(),
    sql`SELECT i.id AS invitationId, i.panel_id AS panelId, m.birth_year AS birthYear, m.sex, m.district,
          i.created_at AS invitedAt, r.created_at AS roundCreatedAt, r.reminder_days AS reminderDays,
          i.last_reminded_at AS lastRemindedAt,
          (SELECT max(CAST(substr(o.dedupe_key, length('reminder:' || i.id || ':') + 1) AS INTEGER))
             FROM mail_outbox o WHERE o.dedupe_key LIKE 'reminder:' || i.id || ':%') AS mailedReminder,
          (SELECT count(*) FROM invitation_tokens t WHERE t.invitation_id = i.id) AS tokens
        FROM invitations i JOIN panel_members m ON m.id = i.member_id JOIN invitation_rounds r ON r.id = i.round_id
        WHERE i.survey_id = ${surveyId} AND i.used_at IS NOT NULL`,
  );
  const runTimes = (m: AnsweredMember) =>
    (JSON.parse(m.reminderDays) as number[]).map((days) => m.roundCreatedAt + days * DAY);
  const received = (m: AnsweredMember) => {
    const runs = runTimes(m);
    const byTime =
      m.lastRemindedAt === null ? 0 : runs.filter((t) => t <= (m.lastRemindedAt as number)).length;
    return Math.max(byTime, m.mailedReminder ?? 0, m.tokens);
  };
  // Absence of a reminder is evidence only while the trail of those who answered is kept.
  const trailKept = members.some((m) => received(m) > 0);
  const { n: sent } = await requiredRow<{ n: number | null }>(
    getDb(),
    sql`SELECT max(reminders_sent) AS n FROM invitation_rounds WHERE survey_id = ${surveyId}`,
  );
  const fits = (m: AnsweredMember, moment: number) => {
    if (moment < m.invitedAt) return false;
    const runs = runTimes(m);
    const n = received(m);
    if (n > 0 && moment <= (runs[n - 1] as number)) return false;
    const next = runs[n];
    if (trailKept && next !== undefined && n < (sent ?? 0) && moment >= next) return false;
    return true;
  };
  const responses = await anonymousPanelResponses(surveyId);
  const narrowed: Narrowed[] = [];
  for (const r of responses) {
    const year = new Date(r.completedAt).getFullYear();
    const n = holders(
      members.filter((m) => fits(m, r.completedAt)),
      r,
      year,
    );
    if (n < k) narrowed.push({ what: `response ${r.id} ${label(r)}`, members: n });
  }
  return { narrowed, responses: responses.length };
}
