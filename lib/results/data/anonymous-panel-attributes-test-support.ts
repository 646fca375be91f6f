import "server-only";
import { and, count, eq, isNotNull, isNull, like, max } from "drizzle-orm";
import { getDb } from "@/db/client";
import {
  invitationRounds,
  invitations,
  invitationTokens,
  mailOutbox,
  panelMembers,
  responses,
  resultCells,
  surveys,
} from "@/db/schema";
import { ageGroupFor } from "@/lib/panels/age-groups";

/*
 * The attack the anonymity tests try, as whoever holds the database would: take the panel member
 * list and the used invitations of a survey (used = answered), and for every anonymous response,
 * and every panel row of the results cube, count the members who answered and match every
 * attribute it carries (its panel, age group, sex, district). Plain queries and plain loops, not
 * the code under test, so the tests judge that code from the outside.
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
  return await getDb()
    .select({
      panelId: invitations.panelId,
      birthYear: panelMembers.birthYear,
      sex: panelMembers.sex,
      district: panelMembers.district,
    })
    .from(invitations)
    .innerJoin(panelMembers, eq(panelMembers.id, invitations.memberId))
    .where(and(eq(invitations.surveyId, surveyId), isNotNull(invitations.usedAt)));
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
async function anonymousPanelResponses(
  surveyId: number,
): Promise<(Carried & { id: number; completedAt: number })[]> {
  const rows = await getDb()
    .select({
      id: responses.id,
      panelId: responses.panelId,
      ageGroup: responses.ageGroup,
      sex: responses.sex,
      district: responses.district,
      completedAt: responses.completedAt,
    })
    .from(responses)
    .innerJoin(surveys, eq(surveys.id, responses.surveyId))
    .where(
      and(
        eq(responses.surveyId, surveyId),
        eq(responses.status, "completed"),
        eq(responses.channel, "panel"),
        eq(surveys.anonymity, "anonymous"),
        isNull(responses.memberId),
      ),
    );
  // A completed response has its moment; 0 (1970) if it ever had none.
  return rows.map((row) => ({ ...row, completedAt: row.completedAt?.getTime() ?? 0 }));
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
  const cells: Carried[] = await getDb()
    .selectDistinct({
      panelId: resultCells.panelId,
      ageGroup: resultCells.ageGroup,
      sex: resultCells.sex,
      district: resultCells.district,
    })
    .from(resultCells)
    .where(and(eq(resultCells.surveyId, surveyId), eq(resultCells.channel, "panel")));
  for (const cell of cells) {
    // The cube keeps no moment: the attacker may read its age groups in any year of the fieldwork.
    const n = Math.max(0, ...[...years].map((year) => holders(members, cell, year)));
    if (n < k) narrowed.push({ what: `cube cell ${label(cell)}`, members: n });
  }
  return { narrowed, responses: responses.length };
}

/** How many anonymous completed panel responses carry each label (panel/age/sex/district). */
export async function responsesPerLabel(surveyId: number): Promise<Map<string, number>> {
  const rows = await getDb()
    .select({
      panelId: responses.panelId,
      ageGroup: responses.ageGroup,
      sex: responses.sex,
      district: responses.district,
      n: count(),
    })
    .from(responses)
    .where(
      and(
        eq(responses.surveyId, surveyId),
        eq(responses.status, "completed"),
        eq(responses.channel, "panel"),
        isNull(responses.memberId),
      ),
    )
    .groupBy(responses.panelId, responses.ageGroup, responses.sex, responses.district);
  return new Map(rows.map((r) => [label(r), r.n]));
}

function label(c: Carried): string {
  return [c.panelId ?? "·", c.ageGroup ?? "·", c.sex ?? "·", c.district ?? "·"].join("/");
}

type AnsweredMember = Member & {
  invitationId: number;
  invitedAt: number;
  roundCreatedAt: number;
  reminderDays: number[];
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
  const db = getDb();
  // Reminder mails are deduplicated as "reminder:<invitation id>:<reminder number>".
  const mailed = new Map<number, number>();
  for (const { key } of await db
    .select({ key: mailOutbox.dedupeKey })
    .from(mailOutbox)
    .where(like(mailOutbox.dedupeKey, "reminder:%"))) {
    const [, invitation, reminder] = /^reminder:(\d+):(\d+)$/.exec(key ?? "") ?? [];
    if (invitation === undefined || reminder === undefined) continue;
    mailed.set(Number(invitation), Math.max(mailed.get(Number(invitation)) ?? 0, Number(reminder)));
  }
  const tokenCounts = new Map(
    (
      await db
        .select({ invitationId: invitationTokens.invitationId, n: count() })
        .from(invitationTokens)
        .innerJoin(invitations, eq(invitations.id, invitationTokens.invitationId))
        .where(eq(invitations.surveyId, surveyId))
        .groupBy(invitationTokens.invitationId)
    ).map((row) => [row.invitationId, row.n]),
  );
  const members: AnsweredMember[] = (
    await db
      .select({
        invitationId: invitations.id,
        panelId: invitations.panelId,
        birthYear: panelMembers.birthYear,
        sex: panelMembers.sex,
        district: panelMembers.district,
        invitedAt: invitations.createdAt,
        roundCreatedAt: invitationRounds.createdAt,
        reminderDays: invitationRounds.reminderDays,
        lastRemindedAt: invitations.lastRemindedAt,
      })
      .from(invitations)
      .innerJoin(panelMembers, eq(panelMembers.id, invitations.memberId))
      .innerJoin(invitationRounds, eq(invitationRounds.id, invitations.roundId))
      .where(and(eq(invitations.surveyId, surveyId), isNotNull(invitations.usedAt)))
  ).map((row) => ({
    ...row,
    invitedAt: row.invitedAt.getTime(),
    roundCreatedAt: row.roundCreatedAt.getTime(),
    lastRemindedAt: row.lastRemindedAt?.getTime() ?? null,
    mailedReminder: mailed.get(row.invitationId) ?? null,
    tokens: tokenCounts.get(row.invitationId) ?? 0,
  }));
  const runTimes = (m: AnsweredMember) => m.reminderDays.map((days) => m.roundCreatedAt + days * DAY);
  const received = (m: AnsweredMember) => {
    const runs = runTimes(m);
    const byTime =
      m.lastRemindedAt === null ? 0 : runs.filter((t) => t <= (m.lastRemindedAt as number)).length;
    return Math.max(byTime, m.mailedReminder ?? 0, m.tokens);
  };
  // Absence of a reminder is evidence only while the trail of those who answered is kept.
  const trailKept = members.some((m) => received(m) > 0);
  const [{ n: sent } = { n: null }] = await db
    .select({ n: max(invitationRounds.remindersSent) })
    .from(invitationRounds)
    .where(eq(invitationRounds.surveyId, surveyId));
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
