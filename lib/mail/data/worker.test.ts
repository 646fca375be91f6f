import { spawn } from "node:child_process";
import path from "node:path";
import { asc, sql } from "drizzle-orm";
import { SMTPServer } from "smtp-server";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { setUpTempDatabase } from "@/lib/testing/temp-database";

// Real parts only: a real SQLite file with the migrations, a real SMTP server on 127.0.0.1
// (smtp-server) receiving what nodemailer's pooled transport sends, and real processes where a
// test needs a crash or two workers at once.
const { file: dbFile } = setUpTempDatabase("mail-worker");

import { getDb } from "@/db/client";
import { readJson } from "@/db/dialect";
import { execute, queryRow, queryRows } from "@/db/raw-sql";
import { auditLog, mailOutbox } from "@/db/schema";
import { transaction } from "@/db/transaction";
import { ABANDONED_ERROR, requeueMail } from "@/lib/mail/data/mail-delivery";
import { enqueueMail } from "@/lib/mail/data/mail-outbox";
import { createSmtpTransport } from "../smtp-transport";
import { type SmtpSink, startSmtpSink } from "../testing/smtp-sink";
import { createMailWorker, type MailWorkerOptions } from "./worker";

const ROOT = path.resolve(__dirname, "..", "..", "..");

type Row = {
  id: number;
  status: string;
  attempts: number;
  message_id: string;
  next_attempt_at: number;
  sent_at: number | null;
  last_error: string | null;
};
const rows = async (): Promise<Row[]> =>
  (
    await getDb()
      .select({
        id: mailOutbox.id,
        status: mailOutbox.status,
        attempts: mailOutbox.attempts,
        message_id: mailOutbox.messageId,
        next_attempt_at: mailOutbox.nextAttemptAt,
        sent_at: mailOutbox.sentAt,
        last_error: mailOutbox.lastError,
      })
      .from(mailOutbox)
      .orderBy(asc(mailOutbox.id))
  ).map((row) => ({
    ...row,
    next_attempt_at: row.next_attempt_at.getTime(),
    sent_at: row.sent_at?.getTime() ?? null,
  }));
const statusCounts = async () =>
  Object.fromEntries(
    (
      (await queryRows(getDb(), sql`SELECT status, count(*) AS n FROM ${mailOutbox} GROUP BY status`)) as {
        status: string;
        n: number;
      }[]
    ).map((r) => [r.status, r.n]),
  );

async function enqueue(n: number): Promise<void> {
  await transaction(async (tx) => {
    for (let i = 0; i < n; i++) {
      await enqueueMail(tx, {
        to: `lid${i}@example.nl`,
        template: "review_shared",
        data: { surveyId: 1, surveyTitle: `Enquête ${i}`, adviceDeadline: new Date("2026-05-01") },
      });
    }
  });
}

/** Every message in the outbox arrived exactly `times` times at the server, by Message-ID. */
async function expectEachReceived(sink: SmtpSink, times: number): Promise<void> {
  const ids = (await rows()).map((r) => r.message_id);
  expect(ids.map((id) => [id, sink.countByMessageId.get(id) ?? 0])).toEqual(ids.map((id) => [id, times]));
  expect(sink.total()).toBe(ids.length * times);
}

function worker(sink: { url: string }, options: Partial<MailWorkerOptions> = {}) {
  return createMailWorker({
    transport: createSmtpTransport(sink.url),
    from: "Gemeente Oosterhout <noreply@peiling.invalid>",
    log: () => {},
    ...options,
  });
}

/** Runs a TypeScript entry point of this repository as its own Node process, as the CLI runs. */
function runNode(args: string[], env: Record<string, string>) {
  const child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", ...args], {
    cwd: ROOT,
    env: { ...process.env, PEILING_DB: dbFile, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout.setEncoding("utf8").on("data", (d: string) => {
    stdout += d;
  });
  child.stderr.setEncoding("utf8").on("data", (d: string) => {
    stderr += d;
  });
  return new Promise<{ code: number | null; signal: string | null; stdout: string; stderr: string }>(
    (resolve, reject) => {
      child.on("error", reject);
      child.on("close", (code, signal) => resolve({ code, signal, stdout, stderr }));
    },
  );
}

let sinks: SmtpSink[] = [];
async function sink(options: Parameters<typeof startSmtpSink>[0] = {}) {
  const started = await startSmtpSink(options);
  sinks.push(started);
  return started;
}

beforeEach(async () => {
  await execute(getDb(), sql`DELETE FROM ${mailOutbox}`);
});
afterEach(async () => {
  await Promise.all(sinks.map((s) => s.close()));
  sinks = [];
});

describe("mail worker", () => {
  it("(a) delivers 20 queued messages once each, with both parts and the stored Message-ID", async () => {
    await enqueue(20);
    const server = await sink();
    const w = worker(server, { batchSize: 7 });
    const stats = await w.runOnce();
    await w.stop();

    expect(stats).toMatchObject({ sent: 20, retried: 0, failed: 0, inDoubt: 0 });
    await expectEachReceived(server, 1);
    expect(await statusCounts()).toEqual({ sent: 20 });
    for (const row of await rows()) {
      expect(row).toMatchObject({ attempts: 1, last_error: null });
      expect(row.sent_at).not.toBeNull();
    }
    const first = server.received.find((m) => m.to[0] === "lid0@example.nl");
    expect(first?.raw).toMatch(/Content-Type: multipart\/alternative/);
    expect(first?.raw).toMatch(/Content-Type: text\/plain/);
    expect(first?.raw).toMatch(/Content-Type: text\/html/);
    expect(first?.raw).toMatch(/^From: Gemeente Oosterhout <noreply@peiling\.invalid>/m);
  });

  it("(b) killed between sending and recording: after a restart every message arrived exactly once", async () => {
    // "Exactly once" here: no message is lost, and the worker never sends a message twice on its
    // own. SMTP cannot be asked afterwards whether a message arrived, so the one message whose
    // worker died after the server accepted it and before "sent" was written is not resent
    // automatically: it is marked in_doubt for an administrator. Counted at the server by
    // Message-ID, every message arrived exactly once.
    await enqueue(6);
    const server = await sink();
    const crashed = await runNode(["lib/mail/testing/crashing-worker.ts", "3"], { SMTP_URL: server.url });
    expect(crashed.signal).toBe("SIGKILL");
    expect(crashed.stdout).toMatch(/^killed after </);

    // The third message reached the server, but the database still says "sending".
    expect(server.total()).toBe(3);
    expect(await statusCounts()).toEqual({ sent: 2, sending: 1, pending: 3 });
    const interrupted = (await rows()).find((r) => r.status === "sending") as Row;
    expect(crashed.stdout).toContain(interrupted.message_id);

    // A new worker, once the dead worker's lease (2 minutes) has run out.
    const later = () => new Date(Date.now() + 3 * 60_000);
    const restarted = worker(server, { now: later });
    const stats = await restarted.runOnce();
    expect(stats).toMatchObject({ abandoned: 1, sent: 3, inDoubt: 0 });
    await expectEachReceived(server, 1);
    expect(await statusCounts()).toEqual({ sent: 5, in_doubt: 1 });
    expect((await rows()).find((r) => r.id === interrupted.id)).toMatchObject({
      status: "in_doubt",
      last_error: ABANDONED_ERROR,
    });

    // Running again never picks it up by itself.
    expect(await restarted.runOnce()).toMatchObject({ sent: 0, abandoned: 0 });
    expect(server.total()).toBe(6);

    // The administrator resends it (at /beheer/mail): it goes out again with the SAME Message-ID,
    // so a client that de-duplicates shows it once although it now arrived twice.
    expect(await requeueMail(interrupted.id, null)).toBe(true);
    expect(await restarted.runOnce()).toMatchObject({ sent: 1 });
    await restarted.stop();
    expect(server.countByMessageId.get(interrupted.message_id)).toBe(2);
    expect(await statusCounts()).toEqual({ sent: 6 });
    const audit = (await queryRow(
      getDb(),
      sql`SELECT action, details FROM ${auditLog} WHERE subject_type = 'mail' AND subject_id = ${String(interrupted.id)}`,
    )) as { action: string; details: unknown };
    expect(audit.action).toBe("mail.resent");
    expect(readJson(audit.details)).toMatchObject({ from: "in_doubt" });
  }, 30_000);

  it("(b2) a connection cut after the message and before the answer is in doubt, not retried; a resend delivers it", async () => {
    await enqueue(3);
    let cut = false;
    const server = await sink({
      onMessage: (mail) => {
        if (cut || !mail.to.includes("lid1@example.nl")) return undefined;
        cut = true;
        return "drop";
      },
    });
    const w = worker(server, { concurrency: 1 });
    // The broken connection also ends this run (the server may be in trouble); the rest waits.
    expect(await w.runOnce()).toMatchObject({ sent: 1, inDoubt: 1, serverUnavailable: true });
    expect(await statusCounts()).toEqual({ sent: 1, in_doubt: 1, pending: 1 });
    expect(await w.runOnce()).toMatchObject({ sent: 1, inDoubt: 0 });
    const doubtful = (await rows()).find((r) => r.status === "in_doubt") as Row;
    expect(doubtful.last_error).toMatch(/Connection closed|ECONNRESET|socket/i);
    expect(server.countByMessageId.get(doubtful.message_id)).toBeUndefined();

    await requeueMail(doubtful.id, null);
    await w.runOnce();
    await w.stop();
    await expectEachReceived(server, 1);
  });

  it("sends the one-click unsubscribe headers of panel mail", async () => {
    await enqueue(1);
    await execute(
      getDb(),
      sql`UPDATE ${mailOutbox} SET list_unsubscribe = ${"https://peiling.example/panel/afmelden?t=abc"}`,
    );
    const server = await sink();
    const w = worker(server);
    await w.runOnce();
    await w.stop();
    const raw = server.received[0]?.raw ?? "";
    expect(raw).toMatch(/^List-Unsubscribe: <https:\/\/peiling\.example\/panel\/afmelden\?t=abc>\r$/m);
    expect(raw).toMatch(/^List-Unsubscribe-Post: List-Unsubscribe=One-Click\r$/m);
  });

  it("(c) with the mail server down nothing is lost; attempts back off; all go out once it is up", async () => {
    await enqueue(10);
    // A port that was free a moment ago: nothing listens there.
    const probe = await startSmtpSink();
    const port = probe.port;
    await probe.close();

    let clock = Date.now();
    const w = worker({ url: `smtp://127.0.0.1:${port}` }, { now: () => new Date(clock), random: () => 0.5 });

    const first = await w.runOnce();
    expect(first.serverUnavailable).toBe(true);
    expect(first.sent).toBe(0);
    expect(await statusCounts()).toEqual({ pending: 10 });
    const tried = (await rows()).filter((r) => r.attempts === 1);
    expect(tried.length).toBeGreaterThan(0);
    for (const row of tried) {
      expect(row.last_error).toMatch(/ECONNREFUSED/);
      expect(row.next_attempt_at).toBe(clock + 60_000); // first retry after 1 minute (jitter 0 at 0.5)
    }

    // An hour later the server is still down: every message has now been tried and backs off further.
    for (let i = 0; i < 5; i++) {
      clock += 12 * 60_000;
      await w.runOnce();
    }
    expect(await statusCounts()).toEqual({ pending: 10 });
    expect(Math.min(...(await rows()).map((r) => r.attempts))).toBeGreaterThanOrEqual(1);
    expect(Math.max(...(await rows()).map((r) => r.attempts))).toBeGreaterThanOrEqual(2);
    for (const row of await rows()) expect(row.next_attempt_at).toBeGreaterThan(clock);

    // The server comes back on the same port, and time passes.
    const server = await sink({ port });
    clock += 3 * 3_600_000;
    const after = await w.runOnce();
    await w.stop();
    expect(after).toMatchObject({ sent: 10, serverUnavailable: false });
    await expectEachReceived(server, 1);
    expect(await statusCounts()).toEqual({ sent: 10 });
  });

  it("(c2) a permanent refusal of one recipient fails that message at once; a temporary one is retried", async () => {
    await enqueue(3);
    const server = await sink({
      onMessage: (mail) => {
        if (mail.to.includes("lid0@example.nl"))
          return Object.assign(new Error("No such user"), { responseCode: 550 });
        if (mail.to.includes("lid1@example.nl"))
          return Object.assign(new Error("Try later"), { responseCode: 451 });
        return undefined;
      },
    });
    const w = worker(server);
    expect(await w.runOnce()).toMatchObject({ sent: 1, failed: 1, retried: 1 });
    await w.stop();
    const [refused, later] = await rows();
    expect(refused).toMatchObject({ status: "failed", attempts: 1 });
    expect(refused.last_error).toMatch(/550 No such user/);
    expect(later).toMatchObject({ status: "pending", attempts: 1 });
    expect(later.last_error).toMatch(/451 Try later/);
  });

  it("(b3) killed while 10 messages are in flight and the server takes one at a time: only messages the server began receiving are in doubt", async () => {
    // Issue 10, finding 10: every kill left all 10 in-flight messages in doubt, though most were
    // still waiting for a connection and certainly never reached the server. Here the server
    // lets one connection in and stalls its message in DATA; the other connections wait for a
    // greeting that never comes. The worker (the real `mail:work` command, 10 in flight, 5
    // pooled connections) is killed while it waits.
    await enqueue(10);
    let begun = 0;
    let connections = 0;
    let stalled: () => void = () => {};
    const reachedData = new Promise<void>((resolve) => {
      stalled = resolve;
    });
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ["STARTTLS"],
      logger: false,
      onConnect(_session, callback) {
        connections += 1;
        if (connections === 1) callback(); // the others never get a greeting
      },
      onMailFrom(_address, _session, callback) {
        begun += 1;
        callback();
      },
      onData(stream) {
        stream.resume(); // read the message, never answer it
        stalled();
      },
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
    const port = (server.server.address() as { port: number }).port;
    const child = spawn(
      process.execPath,
      ["--conditions=react-server", "--import", "tsx", path.join("cli", "index.ts"), "mail:work", "--once"],
      {
        cwd: ROOT,
        env: {
          ...process.env,
          PEILING_DB: dbFile,
          SMTP_URL: `smtp://127.0.0.1:${port}`,
          MAIL_POLL_SECONDS: "0",
        },
        stdio: "ignore",
      },
    );
    const exited = new Promise((resolve) => child.on("exit", resolve));
    await reachedData;
    // Time for the worker to do whatever it does with the other nine before the crash.
    await new Promise((resolve) => setTimeout(resolve, 500));
    child.kill("SIGKILL");
    await exited;
    const sockets = (server as unknown as { connections: Set<{ _socket: { destroy(): void } }> }).connections;
    for (const connection of sockets) connection._socket.destroy();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    expect(connections).toBeGreaterThan(1); // the pool did try several connections
    expect(begun).toBe(1);

    // A new worker, once the dead worker's lease has run out, against a working server.
    const working = await sink();
    const restarted = worker(working, { now: () => new Date(Date.now() + 3 * 60_000) });
    const stats = await restarted.runOnce();
    await restarted.stop();
    expect(stats.abandoned).toBeLessThanOrEqual(begun);
    expect(await statusCounts()).toEqual({ sent: 10 - stats.abandoned, in_doubt: stats.abandoned });
    // Exactly once: the message that may have arrived is not sent again; all others arrive once.
    expect(working.total()).toBe(10 - stats.abandoned);
    for (const count of working.countByMessageId.values()) expect(count).toBe(1);
  }, 30_000);

  it("(b4) a message whose claim was lost while it waited for a connection is not sent at its hand-over", async () => {
    await enqueue(2);
    // Messages the server took in full (DATA ended with "."). The worker's hand-over asks the
    // database, which answers asynchronously on PostgreSQL: nodemailer may have begun the SMTP
    // transaction (MAIL FROM) meanwhile, but none of the message goes out once the claim is lost.
    let accepted = 0;
    let claimsTaken: () => void = () => {};
    const taken = new Promise<void>((resolve) => {
      claimsTaken = resolve;
    });
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ["STARTTLS"],
      logger: false,
      onConnect(_session, callback) {
        // The greeting waits until "another worker" has taken both messages over.
        taken.then(() => callback());
      },
      onData(stream, _session, callback) {
        stream.on("end", () => {
          accepted += 1;
          callback();
        });
        stream.resume();
      },
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
    const port = (server.server.address() as { port: number }).port;
    const w = worker({ url: `smtp://127.0.0.1:${port}` });
    const run = w.runOnce();
    await new Promise((resolve) => setTimeout(resolve, 200));
    // As if the lease had run out and another worker had claimed both messages.
    await execute(getDb(), sql`UPDATE ${mailOutbox} SET claim_token = 'another-worker'`);
    claimsTaken();
    const stats = await run;
    await w.stop();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    expect(stats).toMatchObject({ sent: 0, inDoubt: 0 });
    expect(accepted).toBe(0);
    expect((await rows()).map((r) => [r.status, r.attempts])).toEqual([
      ["pending", 0],
      ["pending", 0],
    ]);
  });

  it("(d) two workers in parallel processes on one database never send a message twice", async () => {
    await enqueue(400);
    // A server that takes 40 ms per message keeps both workers busy at the same time.
    const server = await sink({ delayMs: 40, keep: false });
    const env = { SMTP_URL: server.url, MAIL_POLL_SECONDS: "0" };
    const cli = path.join("cli", "index.ts");
    const [one, two] = await Promise.all([
      runNode([cli, "mail:work", "--once"], env),
      runNode([cli, "mail:work", "--once"], env),
    ]);
    expect([one.code, two.code]).toEqual([0, 0]);
    const sentBy = (out: string) => Number(/Sent (\d+);/.exec(out)?.[1]);
    expect(sentBy(one.stdout) + sentBy(two.stdout)).toBe(400);
    // Both really worked: each sent part of the outbox.
    expect(sentBy(one.stdout)).toBeGreaterThan(0);
    expect(sentBy(two.stdout)).toBeGreaterThan(0);
    await expectEachReceived(server, 1);
    expect(await statusCounts()).toEqual({ sent: 400 });
  }, 60_000);
});
