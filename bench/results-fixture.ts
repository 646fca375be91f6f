// The bench:results database: the demo seed (accounts, the 30-question survey sociaal-domein-2026,
// panels, districts and population figures) plus N generated completed responses and their
// results cube, on the engine the environment names (bench/lib/bench-database.ts).
// SQLite: the file --db, reused when it already holds exactly N responses, so runs after the first
// start at once; --fresh (or another N) writes it again. PostgreSQL: a database of the bench's own,
// created on DATABASE_URL's server and written for this run; the caller drops it at the end
// (fixture.database.drop()).
import fs from "node:fs";
import path from "node:path";
import {
  type BenchDatabase,
  benchEngine,
  createBenchDatabase,
  existingBenchDatabase,
} from "./lib/bench-database";

export const SLUG = "sociaal-domein-2026";

export type Fixture = {
  database: BenchDatabase;
  surveyId: number;
  responses: number;
  answers: number;
  cubeRows: number;
  sizeBytes: number;
  /** Null when reused. */
  written: { writeMs: number; cubeMs: number } | null;
};

type ExistingState = { surveyId: number; responses: number } | null;

async function existing(database: BenchDatabase): Promise<ExistingState> {
  if (database.engine === "sqlite" && !fs.existsSync(database.where)) return null;
  try {
    const [survey] = await database.query<{ id: number }>("SELECT id FROM surveys WHERE slug = ?", [SLUG]);
    if (!survey) return null;
    const [row] = await database.query<{ n: number }>(
      "SELECT count(*) AS n FROM responses WHERE survey_id = ? AND status = 'completed'",
      [survey.id],
    );
    return { surveyId: survey.id, responses: row?.n ?? 0 };
  } catch {
    return null;
  }
}

/** Opens (and if needed writes) the fixture. Points this process's environment at its database. */
export async function prepareFixture(options: {
  dbPath: string;
  count: number;
  seed: number;
  fresh: boolean;
  log: (line: string) => void;
}): Promise<Fixture> {
  const database =
    benchEngine() === "postgresql"
      ? await createBenchDatabase("results")
      : existingBenchDatabase(path.resolve(options.dbPath));
  Object.assign(process.env, database.env);
  try {
    return await fill(database, options);
  } catch (error) {
    await database.drop();
    throw error;
  }
}

async function fill(
  database: BenchDatabase,
  options: { count: number; seed: number; fresh: boolean; log: (line: string) => void },
): Promise<Fixture> {
  const state = options.fresh || database.engine === "postgresql" ? null : await existing(database);
  let written: Fixture["written"] = null;
  if (!state || state.responses !== options.count) {
    if (database.engine === "sqlite") {
      // Written anew on purpose: the ".created" marker goes too (db/created-marker.ts).
      for (const suffix of ["", "-wal", "-shm", ".created"])
        fs.rmSync(`${database.where}${suffix}`, { force: true });
    }
    options.log(
      `Writing ${database.where}: the demo seed and ${options.count.toLocaleString("en-US")} generated responses…`,
    );
    const { getDb, closeDb } = await import("@/db/client");
    const { applyMigrations } = await import("@/db/migrate");
    const { seedDemo } = await import("@/lib/demo/data/seed");
    const { generateResponses } = await import("@/lib/demo/data/generate-responses");
    const { surveys } = await import("@/db/schema");
    const { eq } = await import("drizzle-orm");
    const db = getDb();
    await applyMigrations(db);
    await seedDemo(db);
    const [survey] = await db.select({ id: surveys.id }).from(surveys).where(eq(surveys.slug, SLUG));
    if (!survey) throw new Error(`the demo seed wrote no survey "${SLUG}"`);
    const result = await generateResponses(db, {
      surveyId: survey.id,
      count: options.count,
      seed: options.seed,
    });
    written = { writeMs: result.writeMs, cubeMs: result.cubeMs };
    if (database.engine === "sqlite") db.$client.pragma("wal_checkpoint(TRUNCATE)");
    await closeDb();
  } else {
    options.log(
      `Reusing ${database.where} (${state.responses.toLocaleString("en-US")} responses; --fresh writes it again).`,
    );
  }
  // Fresh statistics, as autovacuum would soon gather them after the bulk write: the timings
  // should not depend on whether it has come round yet.
  if (database.engine === "postgresql") await database.query("ANALYZE");
  const [survey] = await database.query<{ id: number }>("SELECT id FROM surveys WHERE slug = ?", [SLUG]);
  const surveyId = survey?.id as number;
  const count = async (statement: string) =>
    (await database.query<{ n: number }>(statement, [surveyId]))[0]?.n ?? 0;
  return {
    database,
    surveyId,
    responses: await count(
      "SELECT count(*) AS n FROM responses WHERE survey_id = ? AND status = 'completed'",
    ),
    answers: await count(
      "SELECT count(*) AS n FROM answers a JOIN responses r ON r.id = a.response_id WHERE r.survey_id = ?",
    ),
    cubeRows: await count("SELECT count(*) AS n FROM result_cells WHERE survey_id = ?"),
    sizeBytes: await database.sizeBytes(),
    written,
  };
}
