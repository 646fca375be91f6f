import { env } from "@/lib/env";
import { createMailWorkerFromEnv } from "@/lib/mail/data/worker-from-env";
import { CliError } from "../cli-error";
import { openDatabase } from "../database";
import { expectPositionals, parseCommandArgs } from "../parse-command-args";
import { USAGE } from "../usages";

const usage = USAGE["mail:work"];

/**
 * Delivers the outbox: `--once` sends everything due now and exits (for cron); without it, it
 * keeps polling every MAIL_POLL_SECONDS (default 5) until stopped with Ctrl-C or SIGTERM.
 */
export async function mailWorkCommand(args: string[]): Promise<void> {
  const { values, positionals } = parseCommandArgs(args, { once: { type: "boolean" } }, usage);
  expectPositionals(positionals, [], usage);
  if (!env().SMTP_URL) {
    throw new CliError(
      "SMTP_URL is not set, so there is no mail server to deliver to; messages stay in the outbox (administrators read them at /beheer/mail)",
    );
  }
  await openDatabase({ create: false, migrate: true });
  const worker = createMailWorkerFromEnv({ log: (line) => console.error(`[mail] ${line}`) });
  if (!worker) return;
  if (values.once) {
    try {
      const stats = await worker.runOnce();
      console.log(
        `Sent ${stats.sent}; retry later ${stats.retried}; failed ${stats.failed}; in doubt ${stats.inDoubt + stats.abandoned}.`,
      );
      if (stats.serverUnavailable)
        throw new CliError("the mail server could not be reached; messages stay in the outbox");
    } finally {
      await worker.stop();
    }
    return;
  }
  const seconds = env().MAIL_POLL_SECONDS || 5;
  worker.start(seconds * 1000);
  console.error(`Mail worker running (every ${seconds} s); stop with Ctrl-C.`);
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
  });
  await worker.stop();
}
