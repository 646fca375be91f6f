import { beforeAll, describe, expect, it } from "vitest";
import {
  buildTables,
  type Dialect,
  dialectOf,
  shapeDifferences,
  type TableShape,
  tableShape,
} from "./dialect-builds.test-support";

// The tables are written once (db/schema/*.ts against "./kit") and built for SQLite or
// PostgreSQL: whatever the kits change, the two builds must have the same tables, columns,
// keys, references and indexes, and read their columns as the same kinds of JS value.

const builds = {} as Record<
  Dialect,
  { names: string[]; dialects: (Dialect | undefined)[]; shapes: TableShape[] }
>;

beforeAll(async () => {
  for (const dialect of ["sqlite", "postgresql"] as const) {
    const tables = await buildTables(dialect);
    builds[dialect] = {
      names: tables.map((entry) => entry.name),
      dialects: tables.map((entry) => dialectOf(entry.table)),
      shapes: tables.map((entry) => tableShape(entry.table)),
    };
  }
});

describe("the schema built for SQLite and for PostgreSQL", () => {
  it("builds SQLite tables without DATABASE_URL and PostgreSQL tables with a postgres URL", () => {
    expect(builds.sqlite.names.length).toBeGreaterThanOrEqual(30);
    expect(new Set(builds.sqlite.dialects)).toEqual(new Set(["sqlite"]));
    expect(new Set(builds.postgresql.dialects)).toEqual(new Set(["postgresql"]));
    expect(builds.postgresql.names).toEqual(builds.sqlite.names);
  });

  it("has the same structure on both: columns, defaults, keys, references and indexes", () => {
    expect(shapeDifferences(builds.sqlite.shapes, builds.postgresql.shapes)).toEqual([]);
  });

  it("reads the kit's kinds of column as the same JS values on both", () => {
    const column = (dialect: Dialect, table: string, name: string) =>
      builds[dialect].shapes.find((shape) => shape.name === table)?.columns.find((c) => c.name === name);
    for (const dialect of ["sqlite", "postgresql"] as const) {
      expect(column(dialect, "open_answer_reviews", "moderated_at")?.dataType).toBe("date");
      expect(column(dialect, "open_answer_reviews", "quote")?.dataType).toBe("boolean");
      expect(column(dialect, "open_answer_reviews", "findings")).toMatchObject({
        dataType: "json",
        default: "sql",
      });
      expect(column(dialect, "result_settings", "trim_low")).toMatchObject({
        dataType: "number",
        default: 0.3,
      });
      expect(column(dialect, "users", "id")).toMatchObject({
        dataType: "number",
        primary: true,
        hasDefault: true,
      });
    }
  });

  it("names each way a build differs, so a difference cannot pass unseen", () => {
    const altered: TableShape[] = structuredClone(builds.postgresql.shapes);
    const outbox = altered.find((shape) => shape.name === "mail_outbox");
    if (!outbox) throw new Error("mail_outbox is not in the schema");
    const attempts = outbox.columns.find((column) => column.name === "attempts");
    if (!attempts) throw new Error("mail_outbox.attempts is not in the schema");
    attempts.notNull = false;
    outbox.indexes = [];
    const advice = altered.find((shape) => shape.name === "advice_points");
    if (!advice) throw new Error("advice_points is not in the schema");
    advice.foreignKeys[0].onDelete = "set null";

    const differences = shapeDifferences(builds.sqlite.shapes, altered);
    expect(differences).toHaveLength(3);
    expect(differences).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^mail_outbox\.attempts: .*"notNull":true.*≠.*"notNull":false/),
        expect.stringMatching(/^mail_outbox indexes: .*mail_outbox_due_idx.* ≠ \[\]$/),
        expect.stringMatching(/^advice_points foreignKeys: .*cascade.* ≠ .*set null/),
      ]),
    );
    expect(shapeDifferences(builds.sqlite.shapes, builds.postgresql.shapes.slice(1))).toEqual([
      `${builds.postgresql.shapes[0].name}: missing from the second build`,
    ]);
  });
});
