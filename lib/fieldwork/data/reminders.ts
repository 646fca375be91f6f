import "server-only";
import { and, asc, eq, gt, isNull, lt, or, sql } from "drizzle-orm";
import { type Db, getDb } from "@/db/client";
import { invitationRounds, invitations, invitationTokens, panelMembers, panels, surveys } from "@/db/schema";
import { transaction } from "@/db/transaction";
import { dueReminder, shouldRemind } from "@/lib/fieldwork/reminder-schedule";
import { mailEnqueuer } from "@/lib/mail/data/mail-outbox";
import { unsubscribeUrlFor } from "@/lib/panels/data/unsubscribe";
import { generateResumeToken, hashSecret } from "@/lib/responses/resume-tokens";
import { surveyForInvitations } from "./invitation-sending";

/*
 * The reminder run: for every round of an open survey whose next scheduled day has passed, a
 * reminder to each invitation not yet used whose member is active and can be mailed — never to
 * those who completed, paused or left. System-level (no session): run by the server's reminder
 * job (lib/fieldwork/data/reminder-job.ts) and by `peiling panel:remind`.
 *
 * Safe to run in several processes at once and to repeat after a crash: each reminder is enqueued
 * with the dedupe key `reminder:<invitationId>:<n>`, so one reminder per invitation per scheduled
 * day, whoever runs it. Its new token is written only when its mail was enqueued, in the same
 * transaction. The round records the schedule's progress (reminders_sent) once it is done.
 */

const CHUNK_SIZE = 500;

export type ReminderRunStats = {
  /** Rounds that had a reminder due. */
  rounds: number;
  /** Reminders put in the outbox by this run. */
  reminded: number;
};

type Candidate = {
  id: number;
  memberId: number;
  email: string | null;
  status: string;
  usedAt: Date | null;
};

export async function runDueReminders(options: { now?: Date; db?: Db } = {}): Promise<ReminderRunStats> {
  const db = options.db ?? getDb();
  const now = options.now ?? new Date();
  // The rounds of open surveys (a handful): which of them has a reminder left is decided below.
  const rounds = (
    await db
      .select({
        id: invitationRounds.id,
        surveyId: invitationRounds.surveyId,
        panelName: panels.name,
        createdAt: invitationRounds.createdAt,
        reminderDays: invitationRounds.reminderDays,
        remindersSent: invitationRounds.remindersSent,
      })
      .from(invitationRounds)
      .innerJoin(surveys, eq(surveys.id, invitationRounds.surveyId))
      .innerJoin(panels, eq(panels.id, invitationRounds.panelId))
      .where(and(eq(surveys.status, "open"), or(isNull(surveys.closesAt), gt(surveys.closesAt, now))))
      .orderBy(asc(invitationRounds.id))
  )
    .map((round) => ({ ...round, reminderDays: round.reminderDays as number[] }))
    .filter((round) => round.remindersSent < round.reminderDays.length);
  const candidates = db
    .select({
      id: invitations.id,
      memberId: panelMembers.id,
      email: panelMembers.email,
      status: panelMembers.status,
      usedAt: invitations.usedAt,
    })
    .from(invitations)
    .innerJoin(panelMembers, eq(panelMembers.id, invitations.memberId))
    .where(
      and(
        eq(invitations.roundId, sql.placeholder("roundId")),
        gt(invitations.id, sql.placeholder("after")),
        isNull(invitations.usedAt),
      ),
    )
    .orderBy(invitations.id)
    .limit(sql.placeholder("limit"))
    .prepare();

  const stats: ReminderRunStats = { rounds: 0, reminded: 0 };
  for (const round of rounds) {
    const due = dueReminder(
      { sentAt: round.createdAt, reminderDays: round.reminderDays, remindersSent: round.remindersSent },
      now,
    );
    if (!due) continue;
    const survey = await surveyForInvitations(db, round.surveyId);
    if (!survey) continue;
    stats.rounds += 1;
    const mailBase = {
      panelName: round.panelName,
      surveySlug: survey.slug,
      surveyTitle: survey.title,
      estimatedMinutes: survey.estimatedMinutes,
      closesAt: survey.closesAt,
      anonymity: survey.anonymity,
      allowBreakdowns: survey.allowBreakdowns,
    };
    let after = 0;
    for (;;) {
      const chunk: Candidate[] = await candidates.execute({ roundId: round.id, after, limit: CHUNK_SIZE });
      if (chunk.length === 0) break;
      after = chunk[chunk.length - 1].id;
      await transaction(async (tx) => {
        // Prepared on the transaction's handle: on PostgreSQL it is a connection of its own.
        const { insertToken, markReminded } = writeStatements(tx);
        const enqueueMail = mailEnqueuer(tx);
        for (const invitation of chunk) {
          const candidate = {
            usedAt: invitation.usedAt,
            memberStatus: invitation.status as "active",
            memberEmail: invitation.email,
          };
          if (!shouldRemind(candidate) || !invitation.email) continue;
          const token = generateResumeToken();
          const mail = await enqueueMail({
            to: invitation.email,
            template: "reminder",
            data: { ...mailBase, token, unsubscribeUrl: unsubscribeUrlFor(invitation.memberId) },
            dedupeKey: `reminder:${invitation.id}:${due.number}`,
          });
          if (!mail.enqueued) continue;
          await insertToken.execute({ invitationId: invitation.id, tokenHash: hashSecret(token) });
          await markReminded.execute({ at: now, id: invitation.id });
          stats.reminded += 1;
        }
      });
    }
    // Progress only ever goes up: a run that finished a later reminder meanwhile keeps its count.
    await db
      .update(invitationRounds)
      .set({ remindersSent: due.number })
      .where(and(eq(invitationRounds.id, round.id), lt(invitationRounds.remindersSent, due.number)));
  }
  return stats;
}

// The statements run once per reminder, prepared once per handle.
const prepared = new WeakMap<Db, ReturnType<typeof prepareWriteStatements>>();

function writeStatements(handle: Db) {
  let statements = prepared.get(handle);
  if (!statements) {
    statements = prepareWriteStatements(handle);
    prepared.set(handle, statements);
  }
  return statements;
}

function prepareWriteStatements(handle: Db) {
  return {
    insertToken: handle
      .insert(invitationTokens)
      .values({ invitationId: sql.placeholder("invitationId"), tokenHash: sql.placeholder("tokenHash") })
      .prepare(),
    markReminded: handle
      .update(invitations)
      // Bound through the column: a moment is milliseconds on SQLite, a timestamptz on PostgreSQL.
      .set({ lastRemindedAt: sql`${sql.param(sql.placeholder("at"), invitations.lastRemindedAt)}` })
      .where(eq(invitations.id, sql.placeholder("id")))
      .prepare(),
  };
}
