// Applies migrations when the server starts, so `next start` alone also brings the schema up to date.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { getDb } = await import("./db/client");
  const { applyMigrations } = await import("./db/migrate");
  const { authSecret } = await import("./lib/accounts/data/secret");
  await applyMigrations(getDb());
  authSecret();
  // The mail outbox worker (lib/mail/data/worker.ts); never while `next build` prerenders pages.
  if (process.env.NEXT_PHASE !== "phase-production-build") {
    const { startServerMailWorker } = await import("./lib/mail/data/server-worker");
    startServerMailWorker();
    // Panel reminders that are due (lib/fieldwork/data/reminders.ts), every few minutes.
    const { startServerReminderJob } = await import("./lib/fieldwork/data/reminder-job");
    startServerReminderJob();
  }
}
