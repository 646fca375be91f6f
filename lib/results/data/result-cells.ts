import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import { type Db, getDb, type Tx } from "@/db/client";
import { answers, responses, resultCells, resultCubes, surveyVersions } from "@/db/schema";
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
  const { upsert, count } = statementsFor(getDb());
  for (const e of entries) {
    upsert.run({ surveyId: response.surveyId, questionId: e.questionId, item: e.item, value: e.value, ...c });
  }
  count.run({ surveyId: response.surveyId });
}

// The completion's writes, prepared once per connection: a resident's last page is a hot path.
const prepared = new WeakMap<Db, ReturnType<typeof prepare>>();

/** The cube's key columns, in the primary key's order. */
const CELL_KEY = [
  resultCells.surveyId,
  resultCells.questionId,
  resultCells.item,
  resultCells.value,
  resultCells.channel,
  resultCells.panelId,
  resultCells.ageGroup,
  resultCells.sex,
  resultCells.district,
];

/**
 * A placeholder whose value goes to SQLite as given (text and whole numbers here), not through
 * the column's encoder: in these loops that check costs about as much as the statement itself.
 */
const given = (name: string) => sql`${sql.placeholder(name)}`;

/** The cube row's values as placeholders named after its properties (count aside). */
const cellPlaceholders = () => ({
  surveyId: given("surveyId"),
  questionId: given("questionId"),
  item: given("item"),
  value: given("value"),
  channel: given("channel"),
  panelId: given("panelId"),
  ageGroup: given("ageGroup"),
  sex: given("sex"),
  district: given("district"),
});

function prepare(db: Db) {
  return {
    upsert: db
      .insert(resultCells)
      .values({ ...cellPlaceholders(), count: 1 })
      .onConflictDoUpdate({ target: CELL_KEY, set: { count: sql`${resultCells.count} + 1` } })
      .prepare(),
    count: db
      .insert(resultCubes)
      .values({ surveyId: given("surveyId"), responseCount: 1 })
      .onConflictDoUpdate({
        target: resultCubes.surveyId,
        set: { responseCount: sql`${resultCubes.responseCount} + 1` },
      })
      .prepare(),
  };
}

function statementsFor(db: Db) {
  let statements = prepared.get(db);
  if (!statements) {
    statements = prepare(db);
    prepared.set(db, statements);
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
    .select({ n: sql<number>`count(*)` })
    .from(responses)
    .where(and(eq(responses.surveyId, surveyId), eq(responses.status, "completed")))
    .get();
  return row?.n ?? 0;
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
  return db.transaction(
    () => {
      // Another process may have rebuilt it while this one waited for the write lock.
      const now = completedCount(surveyId);
      if (cubeCount(surveyId) === now) return { rebuilt: false, responses: now };
      return { rebuilt: true, responses: writeCube(db, surveyId) };
    },
    { behavior: "immediate" },
  );
}

/**
 * Rebuilds a survey's cube from its completed responses' answers, in one transaction (a savepoint
 * when called inside one, e.g. by a seed that writes responses). Returns the responses counted.
 */
export function rebuildResultCube(surveyId: number, db: Db = getDb()): number {
  return db.transaction(() => writeCube(db, surveyId), { behavior: "immediate" });
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

/** Completed responses read per query while rebuilding: the rebuild never holds them all. */
const STREAM_BATCH = 2_000;

/** Must run inside a transaction: deletes and rewrites the survey's cube rows and count. */
function writeCube(db: Db, surveyId: number): number {
  const definitions = new Map<number, SurveyDefinition>();
  for (const v of db
    .select({ id: surveyVersions.id, definition: surveyVersions.definition })
    .from(surveyVersions)
    .where(eq(surveyVersions.surveyId, surveyId))
    .all()) {
    definitions.set(v.id, v.definition as SurveyDefinition);
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

  let responsesSeen = 0;
  for (const [, versionId, channel, panelId, ageGroup, sex, district, answers] of completedResponses(
    db,
    surveyId,
  )) {
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

  db.delete(resultCells).where(eq(resultCells.surveyId, surveyId)).run();
  const insert = db
    .insert(resultCells)
    .values({ ...cellPlaceholders(), count: given("count") })
    .prepare();
  for (const [cellKey, cellCounts] of counts) {
    const [channel, panelId, ageGroup, sex, district] = cellKey.split(SEP);
    cellCounts.forEach((n, k) => {
      const [questionId, item, value] = keys[k] as [string, string, string];
      if (n > 0)
        insert.run({
          surveyId,
          questionId,
          item,
          value,
          channel,
          panelId: Number(panelId),
          ageGroup,
          sex,
          district,
          count: n,
        });
    });
  }
  const builtAt = new Date();
  db.insert(resultCubes)
    .values({ surveyId, responseCount: responsesSeen, builtAt })
    .onConflictDoUpdate({ target: resultCubes.surveyId, set: { responseCount: responsesSeen, builtAt } })
    .run();
  return responsesSeen;
}

/**
 * One row per completed response, its answers gathered by SQLite into one JSON object; read in
 * batches by id (the survey × status index ends in the row id), so memory stays flat.
 */
function* completedResponses(db: Db, surveyId: number): Generator<StreamRow> {
  const r = alias(responses, "r");
  const a = alias(answers, "a");
  let after = 0;
  for (;;) {
    const batch = db.values<StreamRow>(
      sql`SELECT ${r.id}, ${r.versionId}, ${r.channel}, ${r.panelId}, ${r.ageGroup}, ${r.sex}, ${r.district},
         (SELECT json_group_object(${a.questionId}, json(${a.value})) FROM ${answers} ${a} WHERE ${a.responseId} = ${r.id})
       FROM ${responses} ${r}
       WHERE ${r.surveyId} = ${surveyId} AND ${r.status} = 'completed' AND ${r.id} > ${after}
       ORDER BY ${r.id} LIMIT ${STREAM_BATCH}`,
    );
    yield* batch;
    if (batch.length < STREAM_BATCH) return;
    after = (batch[batch.length - 1] as StreamRow)[0];
  }
}
