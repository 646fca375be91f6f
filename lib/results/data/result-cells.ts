import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import { type Db, getDb, type Tx } from "@/db/client";
import { readJson } from "@/db/dialect";
import { queryRows } from "@/db/raw-sql";
import { answers, responses, resultCells, resultCubes, surveyVersions } from "@/db/schema";
import { transaction } from "@/db/transaction";
import { cubeEntriesForResponse, visitCubeEntries } from "@/lib/results/aggregate-cells";
import type { SurveyDefinition } from "@/lib/surveys/definition/schema";
import { answersObject, cubeRowsPerInsert } from "./results-sql";

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

async function versionDefinition(tx: Tx, versionId: number): Promise<SurveyDefinition | undefined> {
  const cached = frozenDefinitions.get(versionId);
  if (cached) return cached;
  const row = (
    await tx
      .select({ definition: surveyVersions.definition, frozenAt: surveyVersions.frozenAt })
      .from(surveyVersions)
      .where(eq(surveyVersions.id, versionId))
      .limit(1)
  )[0];
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
export async function recordResultCells(tx: Tx, responseId: number): Promise<void> {
  const response = (
    await tx
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
      .limit(1)
  )[0];
  if (response?.status !== "completed") return;
  const definition = await versionDefinition(tx, response.versionId);
  if (!definition) return;
  const stored = await tx
    .select({ questionId: answers.questionId, value: answers.value })
    .from(answers)
    .where(eq(answers.responseId, responseId));
  const entries = cubeEntriesForResponse(
    definition,
    Object.fromEntries(stored.map((a) => [a.questionId, a.value])),
  );
  const c = cellOf(response);
  const { upsert, count } = statementsFor(getDb());
  if (cubeRowsPerInsert() === 1) {
    for (const e of entries) {
      await upsert.execute({
        surveyId: response.surveyId,
        questionId: e.questionId,
        item: e.item,
        value: e.value,
        ...c,
      });
    }
  } else if (entries.length > 0) {
    // One statement for all of them (a round trip each would cost more than the rows): the same
    // row twice in one upsert is refused, so repeated entries are counted first.
    const rows = new Map<string, typeof resultCells.$inferInsert>();
    for (const e of entries) {
      const key = [e.questionId, e.item, e.value].join(SEP);
      const known = rows.get(key);
      if (known) known.count = (known.count ?? 0) + 1;
      else rows.set(key, { surveyId: response.surveyId, ...e, ...c, count: 1 });
    }
    await tx
      .insert(resultCells)
      .values([...rows.values()])
      .onConflictDoUpdate({
        target: CELL_KEY,
        set: { count: sql`${resultCells.count} + excluded.${sql.identifier(resultCells.count.name)}` },
      });
  }
  await count.execute({ surveyId: response.surveyId });
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

async function completedCount(surveyId: number): Promise<number> {
  const row = (
    await getDb()
      .select({ n: sql<number>`count(*)` })
      .from(responses)
      .where(and(eq(responses.surveyId, surveyId), eq(responses.status, "completed")))
      .limit(1)
  )[0];
  return row?.n ?? 0;
}

async function cubeCount(surveyId: number): Promise<number | null> {
  const row = (
    await getDb()
      .select({ n: resultCubes.responseCount })
      .from(resultCubes)
      .where(eq(resultCubes.surveyId, surveyId))
      .limit(1)
  )[0];
  return row ? row.n : null;
}

/**
 * Makes sure the survey's cube holds every completed response: when its count differs from the
 * responses table (or there is no cube yet), rebuilds it. Cheap when it is in step (two counts).
 * Returns whether it rebuilt.
 */
export async function ensureResultCube(surveyId: number): Promise<{ rebuilt: boolean; responses: number }> {
  const completed = await completedCount(surveyId);
  if ((await cubeCount(surveyId)) === completed) return { rebuilt: false, responses: completed };
  const db = getDb();
  return await transaction(async () => {
    // Another process may have rebuilt it while this one waited for the write lock.
    const now = await completedCount(surveyId);
    if ((await cubeCount(surveyId)) === now) return { rebuilt: false, responses: now };
    return { rebuilt: true, responses: await writeCube(db, surveyId) };
  });
}

/**
 * Rebuilds a survey's cube from its completed responses' answers, in one transaction (a savepoint
 * when called inside one, e.g. by a seed that writes responses). Returns the responses counted.
 */
export async function rebuildResultCube(surveyId: number, db: Db = getDb()): Promise<number> {
  return await transaction(async () => await writeCube(db, surveyId));
}

type StreamRow = {
  id: number;
  versionId: number;
  channel: string;
  panelId: number | null;
  ageGroup: string | null;
  sex: string | null;
  district: string | null;
  /** JSON text on SQLite, parsed on PostgreSQL (readJson). */
  answers: unknown;
};

const SEP = "\u0001";

/** Completed responses read per query while rebuilding: the rebuild never holds them all. */
const STREAM_BATCH = 2_000;

/** Must run inside a transaction: deletes and rewrites the survey's cube rows and count. */
async function writeCube(db: Db, surveyId: number): Promise<number> {
  const definitions = new Map<number, SurveyDefinition>();
  for (const v of await db
    .select({ id: surveyVersions.id, definition: surveyVersions.definition })
    .from(surveyVersions)
    .where(eq(surveyVersions.surveyId, surveyId))) {
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
  for await (const { versionId, channel, panelId, ageGroup, sex, district, answers } of completedResponses(
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
    visitCubeEntries(definition, readJson<Record<string, unknown>>(answers), visit);
  }

  await db.delete(resultCells).where(eq(resultCells.surveyId, surveyId));
  const insert = db
    .insert(resultCells)
    .values({ ...cellPlaceholders(), count: given("count") })
    .prepare();
  const perStatement = cubeRowsPerInsert();
  let pending: (typeof resultCells.$inferInsert)[] = [];
  const flush = async () => {
    if (pending.length > 0) await db.insert(resultCells).values(pending);
    pending = [];
  };
  for (const [cellKey, cellCounts] of counts) {
    const [channel, panelId, ageGroup, sex, district] = cellKey.split(SEP) as [
      string,
      string,
      string,
      string,
      string,
    ];
    for (const [k, n] of cellCounts.entries()) {
      const [questionId, item, value] = keys[k] as [string, string, string];
      if (!(n > 0)) continue;
      const row = {
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
      };
      if (perStatement === 1) await insert.execute(row);
      else if (pending.push(row) >= perStatement) await flush();
    }
  }
  await flush();
  const builtAt = new Date();
  await db
    .insert(resultCubes)
    .values({ surveyId, responseCount: responsesSeen, builtAt })
    .onConflictDoUpdate({ target: resultCubes.surveyId, set: { responseCount: responsesSeen, builtAt } });
  return responsesSeen;
}

/**
 * One row per completed response, its answers gathered by the database into one JSON object; read in
 * batches by id (the survey × status index ends in the row id), so memory stays flat.
 */
async function* completedResponses(db: Db, surveyId: number): AsyncGenerator<StreamRow> {
  const r = alias(responses, "r");
  const a = alias(answers, "a");
  let after = 0;
  for (;;) {
    const batch = await queryRows<StreamRow>(
      db,
      sql`SELECT ${r.id} AS "id", ${r.versionId} AS "versionId", ${r.channel} AS "channel", ${r.panelId} AS "panelId",
         ${r.ageGroup} AS "ageGroup", ${r.sex} AS "sex", ${r.district} AS "district",
         (SELECT ${answersObject(a.questionId, a.value)} FROM ${answers} ${a} WHERE ${a.responseId} = ${r.id}) AS "answers"
       FROM ${responses} ${r}
       WHERE ${r.surveyId} = ${surveyId} AND ${r.status} = 'completed' AND ${r.id} > ${after}
       ORDER BY ${r.id} LIMIT ${STREAM_BATCH}`,
    );
    yield* batch;
    if (batch.length < STREAM_BATCH) return;
    after = (batch[batch.length - 1] as StreamRow).id;
  }
}
