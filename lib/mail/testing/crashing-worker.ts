// A mail worker in its own process that dies (SIGKILL, no clean-up of any kind) right after the
// mail server accepted its Nth message and before it records that: the worst moment for a crash.
// Used by lib/mail/data/worker.test.ts; run as
//   node --conditions=react-server --import tsx lib/mail/testing/crashing-worker.ts <N>
// with PEILING_DB and SMTP_URL set.
import { getDb } from "@/db/client";
import { env } from "@/lib/env";
import { createMailWorker } from "../data/worker";
import { createSmtpTransport } from "../smtp-transport";

const killAfter = Number(process.argv[2]);
let accepted = 0;
const worker = createMailWorker({
  db: getDb(),
  transport: createSmtpTransport(env().SMTP_URL ?? ""),
  from: "Peiling test <noreply@peiling.invalid>",
  batchSize: 8,
  concurrency: 1,
  log: () => {},
  afterSend(mail) {
    accepted += 1;
    if (accepted === killAfter) {
      process.stdout.write(`killed after ${mail.messageId}\n`);
      process.kill(process.pid, "SIGKILL");
    }
  },
});
worker
  .runOnce()
  .then(() => worker.stop())
  .then(() => process.stdout.write("finished without being killed\n"));
