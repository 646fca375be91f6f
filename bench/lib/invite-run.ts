/*
 * One bench:invite run in its own process (so its peak memory is its own): a temp database with
 * `--size` generated members, then the real path — draw a stratified sample of everyone, write the
 * invitations and queue their mails (lib/fieldwork/data/invitation-sending.ts), and let the mail worker
 * (lib/mail/data/worker.ts) deliver the outbox to SMTP_URL. Prints one JSON line with the timings and
 * the peak memory. Started by bench/invite.ts.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const size = Number(process.argv[2]);
const smtpUrl = process.argv[3];
if (!Number.isInteger(size) || size < 1 || !smtpUrl)
  throw new Error("usage: invite-run.ts <size> <smtp url>");

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "peiling-bench-invite-"));
process.env.PEILING_DB = path.join(dir, "bench.db");
process.env.SMTP_URL = smtpUrl;
process.env.PEILING_BASE_URL = "https://peiling.oosterhout.nl";

const peak = { rss: 0, heapUsed: 0 };
function sample() {
  const m = process.memoryUsage();
  peak.rss = Math.max(peak.rss, m.rss);
  peak.heapUsed = Math.max(peak.heapUsed, m.heapUsed);
}

const DISTRICTS = [
  "Arkendonk",
  "Centrum",
  "De Contreie",
  "Den Hout",
  "Dommelbergen",
  "Dorst",
  "Oosterheide",
  "Slotjes",
];
const SEXES = ["man", "vrouw", "anders", "zeg_ik_liever_niet"];

async function main() {
  const { getDb, closeDb } = await import("@/db/client");
  const { applyMigrations } = await import("@/db/migrate");
  const { createInvitationRound, surveyForInvitations } = await import(
    "@/lib/fieldwork/data/invitation-sending"
  );
  const { drawFromPanel, panelForSampling } = await import("@/lib/fieldwork/data/sampling-frame");
  const { createMailWorkerFromEnv } = await import("@/lib/mail/data/worker-from-env");
  const db = getDb();
  await applyMigrations(db);

  // The fixture, written directly: an open survey and a panel of `size` active members.
  const sqlite = db.$client;
  const surveyId = Number(
    sqlite
      .prepare("INSERT INTO surveys (slug, title, status) VALUES ('bench', 'Wonen in Oosterhout', 'open')")
      .run().lastInsertRowid,
  );
  const definition = JSON.stringify({
    title: "Wonen in Oosterhout",
    intro:
      "Wij willen graag weten hoe u woont en wat u van uw buurt vindt.\n\nHet invullen duurt ongeveer tien minuten.",
    estimatedMinutes: 10,
    pages: [],
  });
  const versionId = sqlite
    .prepare("INSERT INTO survey_versions (survey_id, number, definition) VALUES (?, 1, ?)")
    .run(surveyId, definition).lastInsertRowid;
  sqlite.prepare("UPDATE surveys SET current_version_id = ? WHERE id = ?").run(versionId, surveyId);
  const panelId = Number(
    sqlite
      .prepare(
        "INSERT INTO panels (slug, name, description, privacy_text, max_invitations_per_year) VALUES ('bench', 'het Digipanel', 'd', 'p', 4)",
      )
      .run().lastInsertRowid,
  );
  const insert = sqlite.prepare(
    `INSERT INTO panel_members (panel_id, email, birth_year, sex, postcode, district, status, joined_via)
     VALUES (?, ?, ?, ?, '4901 AB', ?, 'active', 'import')`,
  );
  sqlite.transaction(() => {
    for (let n = 1; n <= size; n++) {
      insert.run(
        panelId,
        `lid${n}@bench.example`,
        1935 + (n % 73),
        SEXES[n % 4],
        DISTRICTS[(n * 7) % DISTRICTS.length],
      );
    }
  })();
  // The fixture's own garbage should not count as the run's memory.
  globalThis.gc?.();
  const baseline = process.memoryUsage();
  peak.rss = baseline.rss;
  peak.heapUsed = baseline.heapUsed;
  const sampler = setInterval(sample, 10);

  const t0 = performance.now();
  const panel = await panelForSampling(db, panelId);
  const survey = await surveyForInvitations(db, surveyId);
  if (!panel || !survey) throw new Error("fixture missing");
  const spec = { method: "stratified" as const, n: size };
  const sample1 = await drawFromPanel(db, { panel, surveyId, spec, seed: "bench001", now: new Date() });
  sample();
  const t1 = performance.now();
  const round = await createInvitationRound(db, {
    survey,
    panel,
    spec,
    seed: "bench001",
    sample: sample1,
    reminderDays: [7],
    actorId: null,
    onChunk: sample,
  });
  const t2 = performance.now();
  // What stays after the garbage is collected: nothing of the run should (flat with panel size).
  globalThis.gc?.();
  const retainedAfterQueue = process.memoryUsage().heapUsed;

  const worker = createMailWorkerFromEnv({ log: () => {} });
  if (!worker) throw new Error("no SMTP_URL");
  let sent = 0;
  for (;;) {
    const stats = await worker.runOnce();
    sent += stats.sent;
    if (stats.serverUnavailable) throw new Error("the SMTP server could not be reached");
    const left = (
      sqlite.prepare("SELECT count(*) AS n FROM mail_outbox WHERE status = 'pending'").get() as { n: number }
    ).n;
    if (left === 0) break;
  }
  const t3 = performance.now();
  await worker.stop();
  clearInterval(sampler);
  sample();
  globalThis.gc?.();
  const retainedAfterDelivery = process.memoryUsage().heapUsed;
  const outbox = sqlite.prepare("SELECT status, count(*) AS n FROM mail_outbox GROUP BY status").all();
  await closeDb();
  fs.rmSync(dir, { recursive: true, force: true });
  console.log(
    JSON.stringify({
      size,
      drawn: sample1.drawn,
      invited: round.invited,
      sent,
      outbox,
      drawMs: t1 - t0,
      enqueueMs: t2 - t1,
      deliverMs: t3 - t2,
      baselineRss: baseline.rss,
      baselineHeap: baseline.heapUsed,
      peakRss: peak.rss,
      peakHeap: peak.heapUsed,
      maxRss: process.resourceUsage().maxRSS * 1024,
      retainedAfterQueue,
      retainedAfterDelivery,
    }),
  );
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
