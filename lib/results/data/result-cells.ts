import "server-only";
import type Database from "better-sqlite3";
import { eq } from "drizzle-orm";
import { type Db, getDb } from "@/db/client";
import { answers, responses, resultCubes, surveyVersions } from "@/db/schema";
import { cubeEntriesForResponse, visitCubeEntries } from "@/lib/results/aggregate-cells";
import type { SurveyDefinition } from "@/lib/surveys/definition/schema";

/*
 * Keeps the results cube (db/schema/results.ts) in step with the completed responses:
 * - `recordResultCells` adds one response's rows inside the transaction that completes it, so the
 *   cube and the responses table never disagree after a commit;
 * - `ensureResultCube` rebuilds a survey's cube when its response count differs from the number of
 *   completed responses (responses completed before the cube existed, or removed since). The
 *   rebuild is the only code that walks responses one by one, and it streams them.
 * Neither checks a permission: they return no answers, only keep derived counts right, and are
 * called by data functions that have checked (lib/results/data/survey-results.ts) and by the completion.
 */

type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];

/** The respondent attributes of a cube row: "" (or panel 0) when unknown. */
type Cell = { channel: string; panelId: number; ageGroup: string; sex: string; district: string };

// A frozen version never changes; its parsed definition is kept (an open survey's version is frozen).
const frozenDefinitions = new Map<number, SurveyDefinition>();
const FROZEN_CACHE_LIMIT = 200;

function versionDefinition(tx: Tx, versionId: number): SurveyDefinition | undefined {
  const cached = frozenDefinitions.get(versionId);
  if (cached) return cached;
  const row = tx
    .select({ definition: surveyVersions.definition, frozenAt: surveyVersions.frozenAt })
    .from(surveyVersions)
    .where(eq(surveyVersions.id, versionId))
    .get();
  if (!row) return undefined;
  const definition = row.definition as SurveyDefinition;
  if (row.frozenAt) {
    if (frozenDefinitions.size >= FROZEN_CACHE_LIMIT) frozenDefinitions.clear();
    frozenDefinitions.set(versionId, definition);
  }
  return definition;
}

/**
 * Adds a completed response to its survey's cube: an upsert per row (count + 1) and the cube's
 * response count + 1. Call it in the completing transaction (on the process's connection,
 * getDb()), after the answers to hidden questions were removed. A response that is not completed
 * adds nothing.
 */
export function recordResultCells(tx: Tx, responseId: number): void {
  const response = tx
    .select({
      surveyId: responses.surveyId,
      versionId: responses.versionId,
      status: responses.status,
      channel: responses.channel,
      panelId: responses.panelId,
      ageGroup: responses.ageGroup,
      sex: responses.sex,
      district: responses.district,
    })
    .from(responses)
    .where(eq(responses.id, responseId))
    .get();
  if (response?.status !== "completed") return;
  const definition = versionDefinition(tx, response.versionId);
  if (!definition) return;
  const stored = tx
    .select({ questionId: answers.questionId, value: answers.value })
    .from(answers)
    .where(eq(answers.responseId, responseId))
    .all();
  const entries = cubeEntriesForResponse(
    definition,
    Object.fromEntries(stored.map((a) => [a.questionId, a.value])),
  );
  const c = cellOf(response);
  const { upsert, count } = statementsFor(getDb().$client);
  for (const e of entries) {
    upsert.run(
      response.surveyId,
      e.questionId,
      e.item,
      e.value,
      c.channel,
      c.panelId,
      c.ageGroup,
      c.sex,
      c.district,
    );
  }
  count.run(response.surveyId);
}

// The completion's writes, prepared once per connection: a resident's last page is a hot path.
const prepared = new WeakMap<Database.Database, ReturnType<typeof prepare>>();

function prepare(sqlite: Database.Database) {
  return {
    upsert: sqlite.prepare(
      `INSERT INTO result_cells (survey_id, question_id, item, value, channel, panel_id, age_group, sex, district, count)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1)
       ON CONFLICT (survey_id, question_id, item, value, channel, panel_id, age_group, sex, district)
       DO UPDATE SET count = count + 1`,
    ),
    count: sqlite.prepare(
      `INSERT INTO result_cubes (survey_id, response_count) VALUES (?, 1)
       ON CONFLICT (survey_id) DO UPDATE SET response_count = response_count + 1`,
    ),
  };
}

function statementsFor(sqlite: Database.Database) {
  let statements = prepared.get(sqlite);
  if (!statements) {
    statements = prepare(sqlite);
    prepared.set(sqlite, statements);
  }
  return statements;
}

function cellOf(r: {
  channel: string;
  panelId: number | null;
  ageGroup: string | null;
  sex: string | null;
  district: string | null;
}): Cell {
  return {
    channel: r.channel,
    panelId: r.panelId ?? 0,
    ageGroup: r.ageGroup ?? "",
    sex: r.sex ?? "",
    district: r.district ?? "",
  };
}

function completedCount(surveyId: number): number {
  const row = getDb()
    .$client.prepare("SELECT count(*) AS n FROM responses WHERE survey_id = ? AND status = 'completed'")
    .get(surveyId) as { n: number };
  return row.n;
}

function cubeCount(surveyId: number): number | null {
  const row = getDb()
    .select({ n: resultCubes.responseCount })
    .from(resultCubes)
    .where(eq(resultCubes.surveyId, surveyId))
    .get();
  return row ? row.n : null;
}

/**
 * Makes sure the survey's cube holds every completed response: when its count differs from the
 * responses table (or there is no cube yet), rebuilds it. Cheap when it is in step (two counts).
 * Returns whether it rebuilt.
 */
export function ensureResultCube(surveyId: number): { rebuilt: boolean; responses: number } {
  const completed = completedCount(surveyId);
  if (cubeCount(surveyId) === completed) return { rebuilt: false, responses: completed };
  const db = getDb();
  return db.$client
    .transaction(() => {
      // Another process may have rebuilt it while this one waited for the write lock.
      const now = completedCount(surveyId);
      if (cubeCount(surveyId) === now) return { rebuilt: false, responses: now };
      return { rebuilt: true, responses: writeCube(db, surveyId) };
    })
    .immediate();
}

/**
 * Rebuilds a survey's cube from its completed responses' answers, in one transaction (a savepoint
 * when called inside one, e.g. by a seed that writes responses). Returns the responses counted.
 */
export function rebuildResultCube(surveyId: number, db: Db = getDb()): number {
  return db.$client.transaction(() => writeCube(db, surveyId)).immediate();
}

type StreamRow = [
  id: number,
  versionId: number,
  channel: string,
  panelId: number | null,
  ageGroup: string | null,
  sex: string | null,
  district: string | null,
  answers: string,
];

const SEP = "\u0001";

/** Must run inside a transaction: deletes and rewrites the survey's cube rows and count. */
function writeCube(db: Db, surveyId: number): number {
  const sqlite = db.$client;
  const definitions = new Map<number, SurveyDefinition>();
  for (const v of sqlite
    .prepare("SELECT id, definition FROM survey_versions WHERE survey_id = ?")
    .all(surveyId) as { id: number; definition: string }[]) {
    definitions.set(v.id, JSON.parse(v.definition) as SurveyDefinition);
  }

  // (question, item, value) → its index in every cell's counts; cell → counts. Nested maps and
  // arrays rather than one string key per row: a rebuild visits millions of rows.
  const index = new Map<string, Map<string, Map<string, number>>>();
  const keys: [string, string, string][] = [];
  const counts = new Map<string, number[]>();
  let cell: number[] = [];
  const visit = (questionId: string, item: string, value: string) => {
    let items = index.get(questionId);
    if (!items) {
      items = new Map();
      index.set(questionId, items);
    }
    let values = items.get(item);
    if (!values) {
      values = new Map();
      items.set(item, values);
    }
    let k = values.get(value);
    if (k === undefined) {
      k = keys.length;
      keys.push([questionId, item, value]);
      values.set(value, k);
    }
    cell[k] = (cell[k] ?? 0) + 1;
  };

  // One row per completed response, its answers gathered by SQLite into one JSON object.
  const rows = sqlite
    .prepare(
      `SELECT r.id, r.version_id, r.channel, r.panel_id, r.age_group, r.sex, r.district,
         (SELECT json_group_object(a.question_id, json(a.value)) FROM answers a WHERE a.response_id = r.id)
       FROM responses r WHERE r.survey_id = ? AND r.status = 'completed'`,
    )
    .raw()
    .iterate(surveyId) as IterableIterator<StreamRow>;
  let responsesSeen = 0;
  for (const [, versionId, channel, panelId, ageGroup, sex, district, answers] of rows) {
    responsesSeen += 1;
    const definition = definitions.get(versionId);
    if (!definition) continue;
    const c = cellOf({ channel, panelId, ageGroup, sex, district });
    const cellKey = [c.channel, c.panelId, c.ageGroup, c.sex, c.district].join(SEP);
    let known = counts.get(cellKey);
    if (!known) {
      known = [];
      counts.set(cellKey, known);
    }
    cell = known;
    visitCubeEntries(definition, JSON.parse(answers) as Record<string, unknown>, visit);
  }

  sqlite.prepare("DELETE FROM result_cells WHERE survey_id = ?").run(surveyId);
  const insert = sqlite.prepare(
    `INSERT INTO result_cells (survey_id, question_id, item, value, channel, panel_id, age_group, sex, district, count)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  for (const [cellKey, cellCounts] of counts) {
    const [channel, panelId, ageGroup, sex, district] = cellKey.split(SEP);
    cellCounts.forEach((n, k) => {
      const [questionId, item, value] = keys[k] as [string, string, string];
      if (n > 0)
        insert.run(surveyId, questionId, item, value, channel, Number(panelId), ageGroup, sex, district, n);
    });
  }
  sqlite
    .prepare(
      `INSERT INTO result_cubes (survey_id, response_count, built_at) VALUES (?, ?, ?)
       ON CONFLICT (survey_id) DO UPDATE SET response_count = excluded.response_count, built_at = excluded.built_at`,
    )
    .run(surveyId, responsesSeen, Date.now());
  return responsesSeen;
}
