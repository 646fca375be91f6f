/*
 * One bench:invite run in its own process (so its peak memory is its own): a database of its own
 * on the engine the environment names (bench/lib/bench-database.ts: a temp SQLite file, or a
 * database created on DATABASE_URL's PostgreSQL server and dropped at the end) with `--size`
 * generated members, then the real path — draw a stratified sample of everyone, write the
 * invitations and queue their mails (lib/fieldwork/data/invitation-sending.ts), and let the mail worker
 * (lib/mail/data/worker.ts) deliver the outbox to SMTP_URL. Prints one JSON line with the timings and
 * the peak memory. Started by bench/invite.ts.
 */
import { createBenchDatabase } from "./bench-database";

const size = Number(process.argv[2]);
const smtpUrl = process.argv[3];
if (!Number.isInteger(size) || size < 1 || !smtpUrl)
  throw new Error("usage: invite-run.ts <size> <smtp url>");

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
const SEXES = ["man", "vrouw", "anders", "zeg_ik_liever_niet"] as const;

async function main() {
  const database = await createBenchDatabase("invite");
  Object.assign(process.env, database.env);
  try {
    await run(database.label);
  } finally {
    const { closeDb } = await import("@/db/client");
    await closeDb();
    await database.drop();
  }
}

async function run(engine: string) {
  const { getDb } = await import("@/db/client");
  const { applyMigrations } = await import("@/db/migrate");
  const { transaction } = await import("@/db/transaction");
  const { mailOutbox, panelMembers, panels, surveys, surveyVersions } = await import("@/db/schema");
  const { count, eq } = await import("drizzle-orm");
  const { createInvitationRound, surveyForInvitations } = await import(
    "@/lib/fieldwork/data/invitation-sending"
  );
  const { drawFromPanel, panelForSampling } = await import("@/lib/fieldwork/data/sampling-frame");
  const { createMailWorkerFromEnv } = await import("@/lib/mail/data/worker-from-env");
  const db = getDb();
  await applyMigrations(db);

  // The fixture, written directly: an open survey and a panel of `size` active members.
  const definition = {
    title: "Wonen in Oosterhout",
    intro:
      "Wij willen graag weten hoe u woont en wat u van uw buurt vindt.\n\nHet invullen duurt ongeveer tien minuten.",
    estimatedMinutes: 10,
    pages: [],
  };
  const { surveyId, panelId } = await transaction(async (tx) => {
    const [survey] = await tx
      .insert(surveys)
      .values({ slug: "bench", title: "Wonen in Oosterhout", status: "open" })
      .returning({ id: surveys.id });
    const surveyId = survey?.id as number;
    const [version] = await tx
      .insert(surveyVersions)
      .values({ surveyId, number: 1, definition })
      .returning({ id: surveyVersions.id });
    await tx.update(surveys).set({ currentVersionId: version?.id }).where(eq(surveys.id, surveyId));
    const [panel] = await tx
      .insert(panels)
      .values({
        slug: "bench",
        name: "het Digipanel",
        description: "d",
        privacyText: "p",
        maxInvitationsPerYear: 4,
      })
      .returning({ id: panels.id });
    const panelId = panel?.id as number;
    const members = Array.from({ length: size }, (_, i) => {
      const n = i + 1;
      return {
        panelId,
        email: `lid${n}@bench.example`,
        birthYear: 1935 + (n % 73),
        sex: SEXES[n % 4] as (typeof SEXES)[number],
        postcode: "4901 AB",
        district: DISTRICTS[(n * 7) % DISTRICTS.length],
        status: "active" as const,
        joinedVia: "import" as const,
      };
    });
    // A thousand a statement: PostgreSQL takes at most 65,535 parameters in one.
    for (let i = 0; i < members.length; i += 1000)
      await tx.insert(panelMembers).values(members.slice(i, i + 1000));
    return { surveyId, panelId };
  });
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
  const round = await createInvitationRound({
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
    const [left] = await db.select({ n: count() }).from(mailOutbox).where(eq(mailOutbox.status, "pending"));
    if (Number(left?.n) === 0) break;
  }
  const t3 = performance.now();
  await worker.stop();
  clearInterval(sampler);
  sample();
  globalThis.gc?.();
  const retainedAfterDelivery = process.memoryUsage().heapUsed;
  const outbox = await db
    .select({ status: mailOutbox.status, n: count() })
    .from(mailOutbox)
    .groupBy(mailOutbox.status);
  console.log(
    JSON.stringify({
      engine,
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
