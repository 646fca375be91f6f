/*
 * bench:publish-audit — how long publishing the demo's 2025 edition takes with its disclosure
 * control: building the linked system of every published figure, secondary suppression driven by
 * the audit, and the audit's verdict (lib/results/publication-build.ts); then, apart, an audit with
 * the exact range of every hidden figure (what the verdict needs is only that each keeps k values).
 *
 * A fresh database with the demo seed (1,200 responses, 30 questions), so the figures are those of
 * the published demo; on the engine the environment names (bench/lib/bench-database.ts: a temp
 * SQLite file, or with DATABASE_URL=postgres://… a database created on that server and dropped
 * after). Issue 9's target: the publish-time audit of the demo
 * survey in under 30 s.
 *
 *   npm run bench:publish-audit -- [--runs 3]
 */
import { parseArgs } from "node:util";
import { createBenchDatabase } from "./lib/bench-database";

const TARGET_MS = 30_000;
const { values: flags } = parseArgs({ options: { runs: { type: "string", default: "3" } } });
const runs = Number(flags.runs);
if (!Number.isInteger(runs) || runs < 1) {
  console.error(`error: --runs must be a whole number ≥ 1 (got "${flags.runs}")`);
  process.exit(2);
}

async function main() {
  const database = await createBenchDatabase("publish");
  Object.assign(process.env, database.env);
  console.log(database.label);
  const { getDb, closeDb } = await import("@/db/client");
  const { surveys } = await import("@/db/schema");
  const { eq } = await import("drizzle-orm");
  const { applyMigrations } = await import("@/db/migrate");
  const { seedDemo } = await import("@/lib/demo/data/seed");
  const { RESULTS_DEMO_SLUG } = await import("@/lib/demo/data/results-demo");
  const { runAsAccount } = await import("@/lib/accounts/data/operator-context");
  const { collectPublicationSource, readPublicationSurvey } = await import(
    "@/lib/results/data/result-publication-source"
  );
  const { buildPublication } = await import("@/lib/results/publication-build");
  const { buildPublicationSystem } = await import("@/lib/results/publication-system");
  const { protectSystem } = await import("@/lib/results/protection-secondary");
  const { auditSystem } = await import("@/lib/results/protection-audit");
  const { visibilityOf } = await import("@/lib/results/publication-visibility");
  const { effectiveMinCellSize } = await import("@/lib/results/disclosure-rules");
  try {
    await applyMigrations(getDb());
    let started = performance.now();
    await seedDemo(getDb());
    console.log(`demo seeded in ${Math.round(performance.now() - started)} ms (${database.where})`);
    const [found] = await getDb()
      .select({ id: surveys.id })
      .from(surveys)
      .where(eq(surveys.slug, RESULTS_DEMO_SLUG));
    if (!found) throw new Error("demo survey missing");
    const { id } = found;
    await runAsAccount("beleid@peiling.demo", async () => {
      const survey = await readPublicationSurvey(id);
      if (!survey) throw new Error("demo survey missing");
      started = performance.now();
      const source = await collectPublicationSource(survey, {
        summary: survey.summary,
        publishedAt: new Date(),
      });
      if (!source) throw new Error("no publication source");
      console.log(`source gathered in ${Math.round(performance.now() - started)} ms`);

      const times: number[] = [];
      let last: Awaited<ReturnType<typeof buildPublication>> | null = null;
      for (let run = 1; run <= runs; run += 1) {
        started = performance.now();
        last = await buildPublication(source);
        times.push(performance.now() - started);
        console.log(`publish-time protection and audit, run ${run}: ${Math.round(times.at(-1) ?? 0)} ms`);
      }
      const audit = last?.method.suppression.audit;
      console.log(
        `figures checked ${audit?.checked}, hidden ${audit?.hidden} (${audit?.secondary} to protect others), verdict ${audit?.passed ? "passed" : "refused"}`,
      );
      const median = [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)] ?? 0;
      console.log(
        `median ${Math.round(median)} ms — target < ${TARGET_MS} ms: ${median < TARGET_MS ? "met" : "NOT met"}`,
      );

      // The exact range of every hidden figure, as the attacker would compute it.
      const k = effectiveMinCellSize(source.k);
      const built = buildPublicationSystem({
        k,
        overall: source.overall,
        breakdowns: source.breakdowns,
        visibility: source.definition ? visibilityOf(source.definition) : undefined,
      });
      await protectSystem(built.system, k);
      started = performance.now();
      const exact = await auditSystem(built.system, k, { exact: true });
      const widths = [...exact.ranges.entries()]
        .filter(([figure]) => built.system.figures[figure]?.hidden)
        .map(([, r]) => r.max - r.min + 1);
      console.log(
        `exact ranges of all ${exact.ranges.size} unknowns in ${Math.round(performance.now() - started)} ms (${exact.solves} solves); ` +
          `narrowest hidden figure keeps ${Math.min(...widths)} values (k = ${k}); violations ${exact.violations.length}`,
      );
    });
  } finally {
    await closeDb();
    await database.drop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
