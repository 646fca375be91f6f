import "server-only";
import { type Db, getDb } from "@/db/client";
import { dueReminder, shouldRemind } from "@/lib/fieldwork/reminder-schedule";
import { mailEnqueuer } from "@/lib/mail/data/mail-outbox";
import { unsubscribeUrlFor } from "@/lib/panels/unsubscribe";
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
  usedAt: number | null;
};

export function runDueReminders(options: { now?: Date; db?: Db } = {}): ReminderRunStats {
  const db = options.db ?? getDb();
  const now = options.now ?? new Date();
  const sqlite = db.$client;
  const rounds = sqlite
    .prepare(
      `SELECT r.id, r.survey_id AS surveyId, p.name AS panelName, r.created_at AS createdAt,
         r.reminder_days AS reminderDays, r.reminders_sent AS remindersSent
       FROM invitation_rounds r
       JOIN surveys s ON s.id = r.survey_id
       JOIN panels p ON p.id = r.panel_id
       WHERE r.reminders_sent < json_array_length(r.reminder_days)
         AND s.status = 'open' AND (s.closes_at IS NULL OR s.closes_at > ?)
       ORDER BY r.id`,
    )
    .all(now.getTime()) as DueRound[];
  const candidates = sqlite.prepare(
    `SELECT i.id, m.id AS memberId, m.email, m.status, i.used_at AS usedAt
     FROM invitations i JOIN panel_members m ON m.id = i.member_id
     WHERE i.round_id = ? AND i.id > ? AND i.used_at IS NULL
     ORDER BY i.id LIMIT ?`,
  );
  const insertToken = sqlite.prepare(
    "INSERT INTO invitation_tokens (invitation_id, token_hash) VALUES (?, ?)",
  );
  const markReminded = sqlite.prepare("UPDATE invitations SET last_reminded_at = ? WHERE id = ?");
  const enqueueMail = mailEnqueuer(db);
  const recordProgress = sqlite.prepare(
    "UPDATE invitation_rounds SET reminders_sent = max(reminders_sent, ?) WHERE id = ?",
  );

  const stats: ReminderRunStats = { rounds: 0, reminded: 0 };
  for (const round of rounds) {
    const reminderDays = JSON.parse(round.reminderDays) as number[];
    const due = dueReminder(
      { sentAt: new Date(round.createdAt), reminderDays, remindersSent: round.remindersSent },
      now,
    );
    if (!due) continue;
    const survey = surveyForInvitations(db, round.surveyId);
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
      const chunk = candidates.all(round.id, after, CHUNK_SIZE) as Candidate[];
      if (chunk.length === 0) break;
      after = chunk[chunk.length - 1].id;
      db.transaction(() => {
        for (const invitation of chunk) {
          const candidate = {
            usedAt: invitation.usedAt === null ? null : new Date(invitation.usedAt),
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
          insertToken.run(invitation.id, hashSecret(token));
          markReminded.run(now.getTime(), invitation.id);
          stats.reminded += 1;
        }
      });
    }
    recordProgress.run(due.number, round.id);
  }
  return stats;
}
