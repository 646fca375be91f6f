// The bench:results database: the demo seed (accounts, the 30-question survey sociaal-domein-2026,
// panels, districts and population figures) plus N generated completed responses and their
// results cube. Reused when it already holds exactly N responses, so runs after the first start
// at once; --fresh (or another N) writes it again.
import fs from "node:fs";
import path from "node:path";

export const SLUG = "sociaal-domein-2026";

export type Fixture = {
  dbPath: string;
  surveyId: number;
  responses: number;
  answers: number;
  cubeRows: number;
  fileBytes: number;
  /** Null when reused. */
  written: { writeMs: number; cubeMs: number } | null;
};

type ExistingState = { surveyId: number; responses: number } | null;

function existing(dbPath: string, Database: typeof import("better-sqlite3")): ExistingState {
  if (!fs.existsSync(dbPath)) return null;
  const db = new Database(dbPath, { readonly: true, fileMustExist: true });
  try {
    const survey = db.prepare("SELECT id FROM surveys WHERE slug = ?").get(SLUG) as
      | { id: number }
      | undefined;
    if (!survey) return null;
    const { n } = db
      .prepare("SELECT count(*) AS n FROM responses WHERE survey_id = ? AND status = 'completed'")
      .get(survey.id) as { n: number };
    return { surveyId: survey.id, responses: n };
  } catch {
    return null;
  } finally {
    db.close();
  }
}

/** Opens (and if needed writes) the fixture. Sets PEILING_DB for this process. */
export async function prepareFixture(options: {
  dbPath: string;
  count: number;
  seed: number;
  fresh: boolean;
  log: (line: string) => void;
}): Promise<Fixture> {
  const dbPath = path.resolve(options.dbPath);
  process.env.PEILING_DB = dbPath;
  const { default: Database } = await import("better-sqlite3");
  const state = options.fresh ? null : existing(dbPath, Database);
  let written: Fixture["written"] = null;
  if (!state || state.responses !== options.count) {
    // Written anew on purpose: the ".created" marker goes too (db/created-marker.ts).
    for (const suffix of ["", "-wal", "-shm", ".created"]) fs.rmSync(`${dbPath}${suffix}`, { force: true });
    options.log(
      `Writing ${dbPath}: the demo seed and ${options.count.toLocaleString("en-US")} generated responses…`,
    );
    const { getDb, closeDb } = await import("@/db/client");
    const { applyMigrations } = await import("@/db/migrate");
    const { seedDemo } = await import("@/lib/demo/data/seed");
    const { generateResponses } = await import("@/lib/demo/data/generate-responses");
    const db = getDb();
    await applyMigrations(db);
    await seedDemo(db);
    const { id } = db.$client.prepare("SELECT id FROM surveys WHERE slug = ?").get(SLUG) as { id: number };
    const result = await generateResponses(db, { surveyId: id, count: options.count, seed: options.seed });
    written = { writeMs: result.writeMs, cubeMs: result.cubeMs };
    db.$client.pragma("wal_checkpoint(TRUNCATE)");
    await closeDb();
  } else {
    options.log(
      `Reusing ${dbPath} (${state.responses.toLocaleString("en-US")} responses; --fresh writes it again).`,
    );
  }
  const db = new Database(dbPath, { readonly: true });
  const surveyId = (db.prepare("SELECT id FROM surveys WHERE slug = ?").get(SLUG) as { id: number }).id;
  const count = (sql: string) => (db.prepare(sql).get(surveyId) as { n: number }).n;
  const fixture: Fixture = {
    dbPath,
    surveyId,
    responses: count("SELECT count(*) AS n FROM responses WHERE survey_id = ? AND status = 'completed'"),
    answers: count(
      "SELECT count(*) AS n FROM answers a JOIN responses r ON r.id = a.response_id WHERE r.survey_id = ?",
    ),
    cubeRows: count("SELECT count(*) AS n FROM result_cells WHERE survey_id = ?"),
    fileBytes: fs.statSync(dbPath).size,
    written,
  };
  db.close();
  return fixture;
}
