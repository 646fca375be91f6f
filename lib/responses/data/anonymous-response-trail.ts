import "server-only";
import { randomInt } from "node:crypto";
import { and, count, eq, isNotNull, lt, max, ne, sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { momentValue } from "@/db/dialect";
import {
  answers,
  completionDayCounts,
  invitations,
  invitationTokens,
  mailOutbox,
  openAnswerReviews,
  responses,
} from "@/db/schema";
import { transaction } from "@/db/transaction";
import { foldHoursIntoDays } from "@/lib/responses/fieldwork-days";
import { coarsenAnonymousPanelAttributes } from "@/lib/results/data/anonymous-panel-attributes";
import { isAnonymousSurvey } from "@/lib/surveys/data/survey-anonymity";
import { reminderInvitationIdText, utcHourOf } from "./responses-sql";

/*
 * When fieldwork closes, an anonymous panel response loses everything that says *when* it came
 * in. Whoever holds the database also holds the panel member list and sees which invitations were
 * used. During fieldwork the reminder trail (invitations.last_reminded_at, the reminder mails in
 * the outbox, the reminder tokens) says who had not answered by each reminder. A response's own
 * moments (completed_at, created_at, updated_at, its answers' updated_at) then place it in one
 * reminder window, and only the members who answered in that window remain as candidates: often
 * fewer than k. The autoincrement id does the same by order: public responses carry their moment,
 * and an anonymous response's id between two of them dates it.
 *
 * So the close pass, after the attributes are coarsened (lib/results/data/anonymous-panel-attributes.ts):
 * 1. keeps what staff see as counts: completions per Dutch calendar day, channel and panel, in
 *    completion_day_counts (the monitoring page reads them; no response id);
 * 2. gives every anonymous panel response of the survey, and its answers, one and the same moment
 *    (the close moment);
 * 3. clears the reminder trail of the survey: last_reminded_at, the reminder mails (deleted,
 *    whatever their status: a reminder for a closed survey is not sent), the reminder tokens of
 *    used invitations (a used invitation needs no link);
 * 4. re-keys the completed anonymous panel responses with a crypto-random permutation of their own
 *    ids. Their answers and open-answer reviews go with them and are written anew, so neither the
 *    answers' row order nor the reviews' ids keep the old order.
 * Pseudonymous surveys are left alone: their respondents were told their answers are linked.
 * Safe to repeat: a second run counts nothing twice (responses that carry the recorded moment are
 * counted already) and only shuffles the ids once more.
 */

/** The database or the transaction the pass runs in. */

export type TrailErasure = {
  /** Anonymous panel responses (completed or not) that now carry the close moment. */
  responses: number;
  /** Completions newly added to the per-day counts. */
  counted: number;
  /** Invitations whose last_reminded_at was cleared. */
  remindersCleared: number;
  /** Reminder mails removed from the outbox. */
  mailsDeleted: number;
  /** Reminder tokens of used invitations removed. */
  tokensDeleted: number;
  /** Completed anonymous panel responses given a shuffled id. */
  rekeyed: number;
};

const NOTHING: TrailErasure = {
  responses: 0,
  counted: 0,
  remindersCleared: 0,
  mailsDeleted: 0,
  tokensDeleted: 0,
  rekeyed: 0,
};

/** The survey's anonymous panel responses (the caller has checked that the survey is anonymous). */
const anonymousPanel = (surveyId: number) =>
  sql`${responses.surveyId} = ${surveyId} AND ${responses.channel} = 'panel' AND ${responses.memberId} IS NULL`;

/**
 * The close pass for a survey's anonymous panel responses: coarsens their attributes, then erases
 * when each came in. `at` is the moment they all get (the close step passes its own moment, the
 * demo seed its fieldwork end); without it, the moment recorded by an earlier close, else now.
 * Runs inside the caller's transaction when there is one.
 */
export async function closeAnonymousPanelFieldwork(
  surveyId: number,
  options: { at?: Date } = {},
): Promise<TrailErasure & { coarsened: number }> {
  return await transaction(async () => {
    const { coarsened } = await coarsenAnonymousPanelAttributes(surveyId);
    return { coarsened, ...(await eraseAnonymousResponseTrail(surveyId, options)) };
  });
}

/** Steps 1–4 above, in one transaction. */
export async function eraseAnonymousResponseTrail(
  surveyId: number,
  options: { at?: Date } = {},
): Promise<TrailErasure> {
  return await transaction(async (tx) => {
    if (!(await isAnonymousSurvey(surveyId, tx))) return NOTHING;
    const previous =
      (
        await tx
          .select({ at: max(completionDayCounts.erasedAt) })
          .from(completionDayCounts)
          .where(eq(completionDayCounts.surveyId, surveyId))
      )[0]?.at ?? null;
    const moment = options.at ?? previous ?? new Date();
    const counted = await keepDayCounts(tx, surveyId, previous, moment);
    const changed = (
      await tx
        .update(responses)
        .set({
          createdAt: moment,
          updatedAt: moment,
          completedAt: sql`CASE WHEN ${responses.status} = 'completed' THEN ${momentValue(moment)} END`,
        })
        .where(anonymousPanel(surveyId))
        .returning({ id: responses.id })
    ).length;
    await tx
      .update(answers)
      .set({ updatedAt: moment })
      .where(
        sql`${answers.responseId} IN (SELECT ${responses.id} FROM ${responses} WHERE ${anonymousPanel(surveyId)})`,
      );
    return {
      responses: changed,
      counted,
      ...(await clearReminderTrail(tx, surveyId, moment)),
      rekeyed: await rekeyCompleted(tx, surveyId, moment),
    };
  });
}

/**
 * Adds the completions not counted yet (those that do not carry the moment of an earlier close)
 * to the per-day counts, and records the new moment on all of the survey's rows.
 */
async function keepDayCounts(
  db: Executor,
  surveyId: number,
  previous: Date | null,
  moment: Date,
): Promise<number> {
  const r = responses;
  // Grouped by the very expressions selected (no bound values in them): PostgreSQL matches them.
  const panel = sql<number>`coalesce(${r.panelId}, 0)`;
  const hour = utcHourOf(r.completedAt);
  const hours = await db
    .select({ channel: r.channel, panelId: panel, hour, n: count() })
    .from(r)
    .where(
      and(
        anonymousPanel(surveyId),
        eq(r.status, "completed"),
        isNotNull(r.completedAt),
        previous === null ? undefined : ne(r.completedAt, previous),
      ),
    )
    .groupBy(r.channel, panel, hour);
  const groups = new Map<
    string,
    { channel: string; panelId: number; hours: { hour: number; n: number }[] }
  >();
  for (const row of hours) {
    const key = `${row.channel}/${row.panelId}`;
    const group = groups.get(key) ?? { channel: row.channel, panelId: row.panelId, hours: [] };
    group.hours.push(row);
    groups.set(key, group);
  }
  const c = completionDayCounts;
  const add = db
    .insert(c)
    .values({
      surveyId,
      day: sql.placeholder("day"),
      channel: sql.placeholder("channel"),
      panelId: sql.placeholder("panelId"),
      completed: sql.placeholder("completed"),
      erasedAt: moment,
    })
    .onConflictDoUpdate({
      target: [c.surveyId, c.day, c.channel, c.panelId],
      set: { completed: sql`${c.completed} + excluded.${sql.identifier(c.completed.name)}` },
    })
    .prepare();
  let counted = 0;
  for (const group of groups.values()) {
    for (const [day, n] of foldHoursIntoDays(group.hours)) {
      await add.execute({ day, channel: group.channel, panelId: group.panelId, completed: n });
      counted += n;
    }
  }
  await db.update(c).set({ erasedAt: moment }).where(eq(c.surveyId, surveyId));
  return counted;
}

/**
 * Who was reminded, and when, says who had not answered by then. Removed for the whole survey:
 * - invitations.last_reminded_at;
 * - the reminder mails (dedupe key `reminder:<invitationId>:<n>`): address, body and times;
 * - the reminder tokens of used invitations (one per reminder received, each with its time); those
 *   of unused invitations stay, so their links work if fieldwork reopens, with the close moment as
 *   their time. Unused invitations belong to members who did not answer: no response is theirs.
 */
async function clearReminderTrail(
  db: Executor,
  surveyId: number,
  moment: Date,
): Promise<Pick<TrailErasure, "remindersCleared" | "mailsDeleted" | "tokensDeleted">> {
  const remindersCleared = (
    await db
      .update(invitations)
      .set({ lastRemindedAt: null })
      .where(and(eq(invitations.surveyId, surveyId), isNotNull(invitations.lastRemindedAt)))
      .returning({ id: invitations.id })
  ).length;
  const key = mailOutbox.dedupeKey;
  const mailsDeleted = (
    await db
      .delete(mailOutbox)
      .where(
        sql`${mailOutbox.template} = 'reminder' AND ${key} LIKE 'reminder:%'
           AND ${reminderInvitationIdText(key)}
               IN (SELECT CAST(${invitations.id} AS TEXT) FROM ${invitations} WHERE ${invitations.surveyId} = ${surveyId})`,
      )
      .returning({ id: mailOutbox.id })
  ).length;
  const tokensDeleted = (
    await db
      .delete(invitationTokens)
      .where(
        sql`${invitationTokens.invitationId} IN (SELECT ${invitations.id} FROM ${invitations}
             WHERE ${invitations.surveyId} = ${surveyId} AND ${invitations.usedAt} IS NOT NULL)`,
      )
      .returning({ id: invitationTokens.id })
  ).length;
  await db
    .update(invitationTokens)
    .set({ createdAt: moment })
    .where(
      sql`${invitationTokens.invitationId} IN (SELECT ${invitations.id} FROM ${invitations} WHERE ${invitations.surveyId} = ${surveyId})`,
    );
  return { remindersCleared, mailsDeleted, tokensDeleted };
}

/**
 * Gives the survey's completed anonymous panel responses a random permutation of their own ids.
 * Their answers and open-answer reviews (the only rows that name a response) are read, removed,
 * and written again under the new ids, so foreign keys hold after every statement. They are
 * written in the new order: an answer's place in the table (SQLite's rowid, PostgreSQL's heap) and
 * a review's id otherwise keep the order in which they were first written. A review keeps its
 * status and text; its moderation moment becomes the close moment, as staff moderate in queue order
 * and that order was the responses' order.
 * Unfinished responses keep their ids: a respondent's page may be saving to one at this moment.
 */
async function rekeyCompleted(db: Executor, surveyId: number, moment: Date): Promise<number> {
  const completed = sql`${anonymousPanel(surveyId)} AND ${responses.status} = 'completed'`;
  const ids = (
    await db.select({ id: responses.id }).from(responses).where(completed).orderBy(responses.id)
  ).map((row) => row.id);
  if (ids.length < 2) return 0;
  const shuffled = shuffle(ids);
  const newId = new Map(ids.map((id, i) => [id, shuffled[i] as number]));
  const ofThese = (column: typeof answers.responseId | typeof openAnswerReviews.responseId) =>
    sql`${column} IN (SELECT ${responses.id} FROM ${responses} WHERE ${completed})`;
  const o = openAnswerReviews;
  const answerRows = await db
    .select({ responseId: answers.responseId, questionId: answers.questionId, value: answers.value })
    .from(answers)
    .where(ofThese(answers.responseId));
  const reviews = await db.select().from(o).where(ofThese(o.responseId));
  await db.delete(answers).where(ofThese(answers.responseId));
  await db.delete(o).where(ofThese(o.responseId));

  // Two steps, so no new id meets an old one still in place: first to the negative of the new id,
  // then back to positive.
  const move = db
    .update(responses)
    .set({ id: sql`${sql.placeholder("to")}` })
    .where(eq(responses.id, sql.placeholder("from")))
    .prepare();
  for (const [from, to] of newId) await move.execute({ to: -to, from });
  await db
    .update(responses)
    .set({ id: sql`-${responses.id}` })
    .where(and(eq(responses.surveyId, surveyId), lt(responses.id, 0)));

  const moved = answerRows.map((a) => ({
    ...a,
    responseId: newId.get(a.responseId) as number,
    updatedAt: moment,
  }));
  moved.sort((a, b) => a.responseId - b.responseId || compare(a.questionId, b.questionId));
  // In the new order, in statements of CHUNK rows (each written in the order given).
  for (let from = 0; from < moved.length; from += CHUNK)
    await db.insert(answers).values(moved.slice(from, from + CHUNK));

  const reviewIds = reviews.map((r) => r.id).sort((a, b) => a - b);
  const movedReviews = reviews.map((r) => ({ ...r, responseId: newId.get(r.responseId) as number }));
  movedReviews.sort(
    (a, b) => a.responseId - b.responseId || compare(a.questionId, b.questionId) || compare(a.item, b.item),
  );
  // The same rows apart from their ids (the ones they had, handed out again in the new order) and
  // the moderation moment. Written with the ids the sequence already gave, so none is new to it.
  const rewritten = movedReviews.map((r, i) => ({
    ...r,
    id: reviewIds[i] as number,
    moderatedAt: r.moderatedAt === null ? null : moment,
  }));
  for (let from = 0; from < rewritten.length; from += CHUNK)
    await db.insert(o).values(rewritten.slice(from, from + CHUNK));
  return ids.length;
}

/** Rows per INSERT: well below either engine's limit on bound parameters. */
const CHUNK = 500;

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Fisher–Yates with a cryptographic random source: no seed anyone could recompute. */
function shuffle<T>(items: readonly T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i -= 1) {
    const j = randomInt(i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}
