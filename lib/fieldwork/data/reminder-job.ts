import { runDueReminders } from "@/lib/fieldwork/data/reminders";

/** Reminders are due by the day; a few minutes late is fine, and a run with nothing due is one query. */
const INTERVAL_MS = 5 * 60 * 1000;
const FIRST_RUN_MS = 60 * 1000;

// One job per server process, also when a development server re-runs instrumentation.
const holder = globalThis as typeof globalThis & { __peilingReminderJob?: NodeJS.Timeout };

/**
 * Starts the reminder run inside the app server (called from instrumentation.ts): every few
 * minutes it queues the reminders that are due. Several app processes may each run it: every
 * reminder has a dedupe key per invitation and scheduled day, so none is queued twice. The mail
 * worker delivers them (or, without SMTP, they wait in the outbox).
 */
export function startServerReminderJob(): void {
  if (holder.__peilingReminderJob) return;
  const run = async () => {
    try {
      const stats = await runDueReminders();
      if (stats.reminded) console.log(`[reminders] queued ${stats.reminded} for ${stats.rounds} round(s)`);
    } catch (error) {
      console.error(`[reminders] run failed: ${error instanceof Error ? error.message : String(error)}`);
    }
    holder.__peilingReminderJob = setTimeout(run, INTERVAL_MS).unref();
  };
  holder.__peilingReminderJob = setTimeout(run, FIRST_RUN_MS).unref();
}
