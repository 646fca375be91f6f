import "server-only";
import { and, eq, gt, isNull, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import { type Db, getDb } from "@/db/client";
import { queryRows } from "@/db/raw-sql";
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

type DueRound = {
  id: number;
  surveyId: number;
  panelName: string;
  createdAt: number;
  reminderDays: string;
  remindersSent: number;
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
  const r = alias(invitationRounds, "r");
  const s = alias(surveys, "s");
  const p = alias(panels, "p");
  const rounds = await queryRows<DueRound>(
    db,
    sql`SELECT ${r.id}, ${r.surveyId} AS surveyId, ${p.name} AS panelName, ${r.createdAt} AS createdAt,
         ${r.reminderDays} AS reminderDays, ${r.remindersSent} AS remindersSent
       FROM ${invitationRounds} ${r}
       JOIN ${surveys} ${s} ON ${s.id} = ${r.surveyId}
       JOIN ${panels} ${p} ON ${p.id} = ${r.panelId}
       WHERE ${r.remindersSent} < json_array_length(${r.reminderDays})
         AND ${s.status} = 'open' AND (${s.closesAt} IS NULL OR ${s.closesAt} > ${now.getTime()})
       ORDER BY ${r.id}`,
  );
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
  const insertToken = db
    .insert(invitationTokens)
    .values({ invitationId: sql.placeholder("invitationId"), tokenHash: sql.placeholder("tokenHash") })
    .prepare();
  const markReminded = db
    .update(invitations)
    .set({ lastRemindedAt: sql`${sql.placeholder("at")}` })
    .where(eq(invitations.id, sql.placeholder("id")))
    .prepare();
  const enqueueMail = mailEnqueuer(db);
  const recordProgress = db
    .update(invitationRounds)
    .set({ remindersSent: sql`max(${invitationRounds.remindersSent}, ${sql.placeholder("number")})` })
    .where(eq(invitationRounds.id, sql.placeholder("id")))
    .prepare();

  const stats: ReminderRunStats = { rounds: 0, reminded: 0 };
  for (const round of rounds) {
    const reminderDays = JSON.parse(round.reminderDays) as number[];
    const due = dueReminder(
      { sentAt: new Date(round.createdAt), reminderDays, remindersSent: round.remindersSent },
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
      await transaction(async () => {
        for (const invitation of chunk) {
          const candidate = {
            usedAt: invitation.usedAt,
            memberStatus: invitation.status as "active",
            memberEmail: invitation.email,
          };
          if (!shouldRemind(candidate) || !invitation.email) continue;
          const token = generateResumeToken();
          const mail = enqueueMail({
            to: invitation.email,
            template: "reminder",
            data: { ...mailBase, token, unsubscribeUrl: unsubscribeUrlFor(invitation.memberId) },
            dedupeKey: `reminder:${invitation.id}:${due.number}`,
          });
          if (!mail.enqueued) continue;
          await insertToken.execute({ invitationId: invitation.id, tokenHash: hashSecret(token) });
          await markReminded.execute({ at: now.getTime(), id: invitation.id });
          stats.reminded += 1;
        }
      });
    }
    await recordProgress.execute({ number: due.number, id: round.id });
  }
  return stats;
}
