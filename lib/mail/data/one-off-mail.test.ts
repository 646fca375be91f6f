import { asc, sql } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { setUpTempDatabase } from "@/lib/testing/temp-database";

// Real parts: a migrated database (SQLite file, or a PostgreSQL copy in the postgresql project) and
// a real SMTP server on 127.0.0.1 receiving what the worker's nodemailer transport sends.
setUpTempDatabase("one-off-mail");

import { getDb } from "@/db/client";
import { execute } from "@/db/raw-sql";
import { mailOutbox } from "@/db/schema";
import { transaction } from "@/db/transaction";
import { enqueueMail } from "@/lib/mail/data/mail-outbox";
import { createSmtpTransport } from "../smtp-transport";
import { type SmtpSink, startSmtpSink } from "../testing/smtp-sink";
import { createMailWorker, type MailWorkerOptions } from "./worker";

/*
 * A resident's copy of answers and resume link go to an address typed for that one mail: once the
 * mail is delivered or given up, the outbox keeps neither the address nor the text (issue 13).
 */

const ADDRESS = "inwoner.kopie@example.nl";

const outbox = async () =>
  await getDb()
    .select({
      template: mailOutbox.template,
      status: mailOutbox.status,
      to: mailOutbox.toAddress,
      text: mailOutbox.textBody,
    })
    .from(mailOutbox)
    .orderBy(asc(mailOutbox.id));

async function enqueueCopyAndStaffMail(): Promise<void> {
  await transaction(async (tx) => {
    await enqueueMail(tx, {
      to: ADDRESS,
      template: "answers_copy",
      data: {
        surveySlug: "wonen-2026",
        surveyTitle: "Wonen in Oosterhout",
        pages: [{ title: "Uw huis", questions: [{ text: "Waar woont u?", lines: ["In een huurhuis"] }] }],
      },
    });
    await enqueueMail(tx, {
      to: "adviseur@example.nl",
      template: "review_shared",
      data: { surveyId: 1, surveyTitle: "Wonen", adviceDeadline: new Date("2026-05-01") },
    });
  });
}

let sinks: SmtpSink[] = [];
async function sink(options: Parameters<typeof startSmtpSink>[0] = {}) {
  const started = await startSmtpSink(options);
  sinks.push(started);
  return started;
}
function worker(server: { url: string }, options: Partial<MailWorkerOptions> = {}) {
  return createMailWorker({
    transport: createSmtpTransport(server.url),
    from: "Gemeente Oosterhout <noreply@peiling.invalid>",
    log: () => {},
    ...options,
  });
}

beforeEach(async () => {
  await execute(getDb(), sql`DELETE FROM ${mailOutbox}`);
});
afterEach(async () => {
  await Promise.all(sinks.map((s) => s.close()));
  sinks = [];
});

describe("one-off mail (forgotten after sending)", () => {
  it("is delivered with its text and then deleted, while other mail stays in the outbox", async () => {
    await enqueueCopyAndStaffMail();
    // Waiting to go out, it is in the outbox like any mail.
    expect((await outbox()).map((m) => [m.template, m.to])).toEqual([
      ["answers_copy", ADDRESS],
      ["review_shared", "adviseur@example.nl"],
    ]);
    const server = await sink();
    const w = worker(server);
    expect(await w.runOnce()).toMatchObject({ sent: 2 });
    await w.stop();

    const copy = server.received.find((m) => m.to[0] === ADDRESS);
    expect(copy?.raw).toContain("Waar woont u?");
    expect(copy?.raw).toContain("In een huurhuis");
    expect(await outbox()).toEqual([
      expect.objectContaining({ template: "review_shared", status: "sent", to: "adviseur@example.nl" }),
    ]);
  });

  it("is deleted when the mail server refuses it for good", async () => {
    await enqueueCopyAndStaffMail();
    const server = await sink({
      onMessage: (mail) =>
        mail.to[0] === ADDRESS ? Object.assign(new Error("no such user"), { responseCode: 550 }) : undefined,
    });
    const w = worker(server);
    expect(await w.runOnce()).toMatchObject({ sent: 1, failed: 1 });
    await w.stop();
    expect((await outbox()).map((m) => m.template)).toEqual(["review_shared"]);
  });

  it("stays while it is retried after a passing failure, and goes once it is delivered", async () => {
    await enqueueCopyAndStaffMail();
    const refusing = await sink({
      onMessage: () => Object.assign(new Error("try later"), { responseCode: 451 }),
    });
    const first = worker(refusing);
    expect(await first.runOnce()).toMatchObject({ retried: 2 });
    await first.stop();
    expect((await outbox()).map((m) => [m.template, m.status])).toEqual([
      ["answers_copy", "pending"],
      ["review_shared", "pending"],
    ]);

    const server = await sink();
    const later = worker(server, { now: () => new Date(Date.now() + 24 * 60 * 60_000) });
    expect(await later.runOnce()).toMatchObject({ sent: 2 });
    await later.stop();
    expect((await outbox()).map((m) => m.template)).toEqual(["review_shared"]);
  });

  it("is deleted, not kept for an administrator, when its delivery is in doubt", async () => {
    await enqueueCopyAndStaffMail();
    // A worker died after handing both to the server: both rows are left in "sending", lease run out.
    await getDb()
      .update(mailOutbox)
      .set({ status: "sending", attempts: 1, leaseUntil: new Date(Date.now() - 60_000), claimToken: "dead" });
    const server = await sink();
    const w = worker(server);
    expect(await w.runOnce()).toMatchObject({ abandoned: 2, sent: 0 });
    await w.stop();
    expect(server.total()).toBe(0);
    expect((await outbox()).map((m) => [m.template, m.status])).toEqual([["review_shared", "in_doubt"]]);
  });
});
