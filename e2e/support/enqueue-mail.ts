// Puts mail in the e2e server's outbox through the real API (lib/mail/data/mail-outbox.ts
// enqueueMail: rendering, Message-ID, insert), as a feature would when it tells someone
// something. Run with PEILING_DB set to the e2e database:
//   node --conditions=react-server --import tsx e2e/support/enqueue-mail.ts '<json list>'
// where the list is [{ to, template, data }]; dates in data are ISO strings. Prints the ids.
import { transaction } from "@/db/transaction";
import { enqueueMail } from "@/lib/mail/data/mail-outbox";
import type { MailTemplateName } from "@/lib/mail/templates";

type Item = { to: string; template: MailTemplateName; data: Record<string, unknown> };

const items = JSON.parse(process.argv[2] ?? "[]") as Item[];
const revive = (data: Record<string, unknown>) =>
  Object.fromEntries(
    Object.entries(data).map(([k, v]) => [
      k,
      typeof v === "string" && /^\d{4}-\d\d-\d\dT/.test(v) ? new Date(v) : v,
    ]),
  );
async function enqueueAll(): Promise<(number | null)[]> {
  return transaction(async (tx) => {
    const enqueued: (number | null)[] = [];
    for (const item of items) {
      const result = await enqueueMail(tx, {
        to: item.to,
        template: item.template,
        data: revive(item.data) as never,
      });
      enqueued.push(result.enqueued ? result.id : null);
    }
    return enqueued;
  });
}

enqueueAll().then(
  (ids) => process.stdout.write(`${JSON.stringify(ids)}\n`),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
