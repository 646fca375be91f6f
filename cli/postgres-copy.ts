// Moving an installation from SQLite to PostgreSQL (issue 12): every row of the SQLite file into an
// empty PostgreSQL database migrated by this version, in one transaction, then the row counts of
// both compared table by table. The source is read in one snapshot, so the copy is consistent even
// while a server still writes; stop the servers first all the same, or the rows written after the
// snapshot stay behind.
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { getTableName, is } from "drizzle-orm";
import { drizzle } from "drizzle-orm/node-postgres";
import { migrate } from "drizzle-orm/node-postgres/migrator";
import {
  getTableConfig,
  SQLiteBaseInteger,
  SQLiteBoolean,
  SQLiteTable,
  SQLiteTextJson,
  SQLiteTimestamp,
} from "drizzle-orm/sqlite-core";
import pg from "pg";
import { MIGRATIONS_FOLDER, POSTGRES_MIGRATIONS_FOLDER } from "@/db/migrate";
import * as schema from "@/db/schema";

export type CopyReport = { tables: { name: string; sqlite: number; postgresql: number }[] };

/** Thrown when the copy cannot start or its counts differ; nothing was written in either case. */
export class CopyRefused extends Error {}

type ColumnPlan = { name: string; read: (value: unknown) => unknown };
type TablePlan = { name: string; columns: ColumnPlan[]; orderBy: string[]; identity: boolean };

const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;

/** PostgreSQL allows 65,535 parameters in one statement; rows go in batches below that. */
const MAX_PARAMETERS = 60_000;

/**
 * How each table's values cross over. SQLite keeps moments as milliseconds, booleans as 1/0 and
 * JSON as text; node-postgres binds a Date as a timestamp, a boolean as one, and JSON text casts to
 * jsonb. Every other value is the same on both.
 */
function tablePlans(): TablePlan[] {
  const tables = (Object.values(schema) as unknown[]).filter((value): value is SQLiteTable =>
    is(value, SQLiteTable),
  );
  const plans = new Map<string, TablePlan & { dependsOn: string[] }>();
  for (const table of tables) {
    const config = getTableConfig(table);
    const columns = config.columns.map((column): ColumnPlan => {
      if (is(column, SQLiteTimestamp)) {
        return { name: column.name, read: (value) => (value === null ? null : new Date(Number(value))) };
      }
      if (is(column, SQLiteBoolean))
        return { name: column.name, read: (value) => (value === null ? null : value === 1) };
      if (is(column, SQLiteTextJson)) return { name: column.name, read: (value) => value };
      return { name: column.name, read: (value) => value };
    });
    const primary = config.columns.filter((column) => column.primary).map((column) => column.name);
    const composite = config.primaryKeys[0]?.columns.map((column) => column.name) ?? [];
    const orderBy =
      primary.length > 0 ? primary : composite.length > 0 ? composite : columns.map((c) => c.name);
    plans.set(config.name, {
      name: config.name,
      columns,
      orderBy,
      identity: config.columns.some(
        (column) =>
          column.name === "id" && column.primary && is(column, SQLiteBaseInteger) && column.autoIncrement,
      ),
      dependsOn: config.foreignKeys
        .map((key) => getTableName(key.reference().foreignTable))
        .filter((name) => name !== config.name),
    });
  }
  // Parents before children, so every foreign key finds its row (a table's references to itself
  // point to earlier ids, which go first within the table).
  const ordered: TablePlan[] = [];
  const placed = new Set<string>();
  while (ordered.length < plans.size) {
    const ready = [...plans.values()].filter(
      (plan) =>
        !placed.has(plan.name) && plan.dependsOn.every((name) => placed.has(name) || !plans.has(name)),
    );
    if (ready.length === 0) throw new Error("the schema's foreign keys form a cycle");
    for (const plan of ready.sort((a, b) => a.name.localeCompare(b.name))) {
      ordered.push(plan);
      placed.add(plan.name);
    }
  }
  return ordered;
}

/** Refuses a source this version has not fully migrated: its rows would not fit the target's tables. */
function checkSourceMigrated(source: Database.Database): void {
  const journal = (
    JSON.parse(fs.readFileSync(path.join(MIGRATIONS_FOLDER, "meta", "_journal.json"), "utf8")) as {
      entries: unknown[];
    }
  ).entries.length;
  const table = source
    .prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '__drizzle_migrations'")
    .get();
  const applied = table
    ? (source.prepare("SELECT count(*) AS n FROM __drizzle_migrations").get() as { n: number }).n
    : 0;
  if (applied !== journal) {
    throw new CopyRefused(
      `the SQLite database has ${applied} of this version's ${journal} migrations; run \`peiling migrate\` on it first`,
    );
  }
}

async function checkTargetEmpty(client: pg.ClientBase, plans: TablePlan[]): Promise<void> {
  for (const plan of plans) {
    const found = await client.query(`SELECT 1 FROM ${quote(plan.name)} LIMIT 1`);
    if (found.rowCount) {
      throw new CopyRefused(
        `the PostgreSQL database is not empty (table ${plan.name} has rows); copy into a new, empty database`,
      );
    }
  }
}

async function copyTable(source: Database.Database, client: pg.ClientBase, plan: TablePlan): Promise<void> {
  const names = plan.columns.map((column) => quote(column.name)).join(", ");
  const rowsPerBatch = Math.max(1, Math.floor(MAX_PARAMETERS / plan.columns.length));
  const select = source.prepare(
    `SELECT ${names} FROM ${quote(plan.name)} ORDER BY ${plan.orderBy.map(quote).join(", ")}`,
  );
  let batch: unknown[][] = [];
  const flush = async () => {
    if (batch.length === 0) return;
    const values: unknown[] = [];
    const tuples = batch.map((row) => {
      const placeholders = row.map((value) => {
        values.push(value);
        return `$${values.length}`;
      });
      return `(${placeholders.join(", ")})`;
    });
    // OVERRIDING SYSTEM VALUE: the ids are the SQLite ids, so every reference between rows holds.
    const overriding = plan.identity ? " OVERRIDING SYSTEM VALUE" : "";
    await client.query(
      `INSERT INTO ${quote(plan.name)} (${names})${overriding} VALUES ${tuples.join(", ")}`,
      values,
    );
    batch = [];
  };
  for (const row of select.raw().iterate() as Iterable<unknown[]>) {
    batch.push(row.map((value, index) => (plan.columns[index] as ColumnPlan).read(value)));
    if (batch.length >= rowsPerBatch) await flush();
  }
  await flush();
  if (plan.identity) {
    // The next id PostgreSQL gives must follow the copied ones.
    await client.query(
      `SELECT setval(pg_get_serial_sequence($1, 'id'), coalesce((SELECT max(id) FROM ${quote(plan.name)}), 0) + 1, false)`,
      [quote(plan.name)],
    );
  }
}

/**
 * Copies the SQLite database at `sqliteFile` into the PostgreSQL database at `postgresUrl`, which
 * must be empty (its migrations are applied here). All or nothing: one transaction on the target,
 * committed only when every table's row count equals the source's.
 */
export async function copySqliteToPostgres(sqliteFile: string, postgresUrl: string): Promise<CopyReport> {
  const source = new Database(sqliteFile, { readonly: true, fileMustExist: true });
  const client = new pg.Client({ connectionString: postgresUrl });
  try {
    checkSourceMigrated(source);
    await client.connect();
    await migrate(drizzle(client), { migrationsFolder: POSTGRES_MIGRATIONS_FOLDER });
    const plans = tablePlans();
    await checkTargetEmpty(client, plans);
    // One snapshot of the source for every table and count.
    source.prepare("BEGIN").run();
    await client.query("BEGIN");
    try {
      for (const plan of plans) await copyTable(source, client, plan);
      const tables: CopyReport["tables"] = [];
      for (const plan of plans) {
        const sqliteCount = (
          source.prepare(`SELECT count(*) AS n FROM ${quote(plan.name)}`).get() as { n: number }
        ).n;
        const postgresCount = Number(
          (await client.query<{ n: string }>(`SELECT count(*) AS n FROM ${quote(plan.name)}`)).rows[0]?.n,
        );
        tables.push({ name: plan.name, sqlite: sqliteCount, postgresql: postgresCount });
      }
      const differing = tables.filter((table) => table.sqlite !== table.postgresql);
      if (differing.length > 0) {
        throw new CopyRefused(
          `row counts differ after the copy (${differing.map((t) => `${t.name}: ${t.sqlite} → ${t.postgresql}`).join(", ")}); nothing was kept`,
        );
      }
      await client.query("COMMIT");
      return { tables: tables.sort((a, b) => a.name.localeCompare(b.name)) };
    } catch (error) {
      await client.query("ROLLBACK").catch(() => {});
      throw error;
    } finally {
      source.prepare("COMMIT").run();
    }
  } finally {
    source.close();
    await client.end().catch(() => {});
  }
}
