import { runDueReminders } from "@/lib/fieldwork/data/reminders";
import { usageError } from "../cli-error";
import { openDatabase } from "../database";
import { expectPositionals, parseCommandArgs } from "../parse-command-args";
import { USAGE } from "../usages";

const usage = USAGE["panel:remind"];

/**
 * Puts the reminders that are due in the outbox (the mail worker delivers them). The server runs
 * the same every few minutes; this is for operators (cron, or to catch up after downtime) and
 * tests: `--now` runs it as if it were that moment, e.g. a week after the invitations went out.
 * Repeating it is safe: each invitation gets one reminder per scheduled day.
 */
export async function panelRemindCommand(args: string[]): Promise<void> {
  const { values, positionals } = parseCommandArgs(args, { now: { type: "string" } }, usage);
  expectPositionals(positionals, [], usage);
  const now = values.now === undefined ? new Date() : new Date(values.now);
  if (Number.isNaN(now.getTime())) throw usageError(`--now is not a date and time: ${values.now}`, usage);
  await openDatabase({ create: false, migrate: true });
  const stats = await runDueReminders({ now });
  console.log(`Reminders queued: ${stats.reminded} (rounds with a reminder due: ${stats.rounds}).`);
}
