import { is, SQL } from "drizzle-orm";
import { getTableConfig as getPgTableConfig, PgTable } from "drizzle-orm/pg-core";
import { getTableConfig as getSqliteTableConfig, SQLiteTable } from "drizzle-orm/sqlite-core";
import { vi } from "vitest";

// The tables of db/schema built for one engine or the other, in one test process, and what of
// their structure both engines must agree on (issue 12: one schema, two dialects).

export type Dialect = "sqlite" | "postgresql";

/** What a column must be on both engines; its storage type is the kit's business and differs. */
export type ColumnShape = {
  name: string;
  /** The JS kind drizzle reads it as: "number", "string", "date", "boolean", "json". */
  dataType: string;
  notNull: boolean;
  hasDefault: boolean;
  /** A literal default as written; "sql" for a default the database computes (it differs). */
  default: unknown;
  primary: boolean;
  unique: boolean;
  enumValues: string[] | undefined;
};

export type TableShape = {
  name: string;
  columns: ColumnShape[];
  primaryKey: string[];
  foreignKeys: { columns: string[]; table: string; foreignColumns: string[]; onDelete: string }[];
  indexes: { name: string | undefined; columns: string[]; unique: boolean }[];
};

/** The tables db/schema/index.ts exports, built with the kit DATABASE_URL chooses. */
export async function buildTables(dialect: Dialect): Promise<{ name: string; table: unknown }[]> {
  const before = process.env.DATABASE_URL;
  if (dialect === "postgresql") process.env.DATABASE_URL = "postgresql://postgres@127.0.0.1:5432/test";
  else delete process.env.DATABASE_URL;
  try {
    vi.resetModules();
    const schema: Record<string, unknown> = await import("./index");
    return Object.entries(schema)
      .filter(([, value]) => is(value, SQLiteTable) || is(value, PgTable))
      .map(([name, table]) => ({ name, table }));
  } finally {
    if (before === undefined) delete process.env.DATABASE_URL;
    else process.env.DATABASE_URL = before;
    vi.resetModules();
  }
}

/** The engine a built table is for. */
export function dialectOf(table: unknown): Dialect | undefined {
  if (is(table, PgTable)) return "postgresql";
  if (is(table, SQLiteTable)) return "sqlite";
  return undefined;
}

/**
 * SQLite gives an INTEGER PRIMARY KEY column a new rowid when an insert leaves it out, and drizzle
 * counts that as a default; PostgreSQL has none. The schema's such keys that are not ids
 * (`partOf(…).primaryKey()`: a survey's one row of settings, cube, preview or publication) are
 * always given, so the difference is SQLite's, not the schema's, and is left out of the comparison.
 */
function isRowidAlias(column: { primary: boolean; columnType: string; autoIncrement?: unknown }): boolean {
  return column.primary && column.columnType === "SQLiteInteger" && column.autoIncrement === false;
}

type AnyConfig = ReturnType<typeof getSqliteTableConfig> | ReturnType<typeof getPgTableConfig>;
type NamedColumn = { name: string };

/** The structure of one built table, on whichever engine it was built for. */
export function tableShape(table: unknown): TableShape {
  const config: AnyConfig = is(table, PgTable)
    ? getPgTableConfig(table)
    : getSqliteTableConfig(table as SQLiteTable);
  const columns = config.columns.map(
    (column): ColumnShape => ({
      name: column.name,
      dataType: column.dataType,
      notNull: column.notNull,
      hasDefault: column.hasDefault && !isRowidAlias(column),
      default: is(column.default, SQL) ? "sql" : column.default,
      primary: column.primary,
      unique: column.isUnique,
      enumValues: column.enumValues,
    }),
  );
  const primaryKey = [
    ...columns.filter((column) => column.primary).map((column) => column.name),
    ...config.primaryKeys.flatMap((key) => key.columns.map((column: NamedColumn) => column.name)),
  ];
  const foreignKeys = config.foreignKeys.map((key) => {
    const reference = key.reference();
    return {
      columns: reference.columns.map((column: NamedColumn) => column.name),
      table: is(reference.foreignTable, PgTable)
        ? getPgTableConfig(reference.foreignTable).name
        : getSqliteTableConfig(reference.foreignTable as SQLiteTable).name,
      foreignColumns: reference.foreignColumns.map((column: NamedColumn) => column.name),
      onDelete: key.onDelete ?? "no action",
    };
  });
  const indexes = config.indexes.map((index) => ({
    name: index.config.name,
    columns: (index.config.columns as unknown[]).map((column) =>
      is(column, SQL) ? "<expression>" : (column as NamedColumn).name,
    ),
    unique: index.config.unique,
  }));
  return { name: config.name, columns, primaryKey, foreignKeys, indexes };
}

/**
 * Every way two builds of the schema differ, one line each, naming the table and what differs;
 * empty when they agree.
 */
export function shapeDifferences(left: TableShape[], right: TableShape[]): string[] {
  const differences: string[] = [];
  const rightByName = new Map(right.map((shape) => [shape.name, shape]));
  for (const shape of left) {
    const other = rightByName.get(shape.name);
    if (!other) {
      differences.push(`${shape.name}: missing from the second build`);
      continue;
    }
    rightByName.delete(shape.name);
    const otherColumns = new Map(other.columns.map((column) => [column.name, column]));
    for (const column of shape.columns) {
      const twin = otherColumns.get(column.name);
      if (!twin) differences.push(`${shape.name}.${column.name}: missing from the second build`);
      else if (JSON.stringify(column) !== JSON.stringify(twin))
        differences.push(`${shape.name}.${column.name}: ${JSON.stringify(column)} ≠ ${JSON.stringify(twin)}`);
      otherColumns.delete(column.name);
    }
    for (const name of otherColumns.keys())
      differences.push(`${shape.name}.${name}: only in the second build`);
    for (const part of ["primaryKey", "foreignKeys", "indexes"] as const) {
      const sorted = (shape: TableShape) =>
        JSON.stringify(
          part === "primaryKey" ? shape[part] : shape[part].map((entry) => JSON.stringify(entry)).sort(),
        );
      if (sorted(shape) !== sorted(other))
        differences.push(`${shape.name} ${part}: ${sorted(shape)} ≠ ${sorted(other)}`);
    }
  }
  for (const name of rightByName.keys()) differences.push(`${name}: only in the second build`);
  return differences;
}
