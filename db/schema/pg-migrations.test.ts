import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { drizzle, type NodePgDatabase } from "drizzle-orm/node-postgres";
import { migrate } from "drizzle-orm/node-postgres/migrator";
import type { PgTable } from "drizzle-orm/pg-core";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTables, type TableShape, tableShape } from "./dialect-builds.test-support";
import {
  createTestDatabase,
  POSTGRES_ADMIN_URL,
  postgresProblem,
  postgresRequired,
  refuseMissingPostgres,
} from "./postgres-test-support";

// db/migrations-pg, generated from the tables built with the PostgreSQL kit, on the real server:
// they apply to an empty database and make what the tables say, and they are current.

const PG_MIGRATIONS = path.join(process.cwd(), "db", "migrations-pg");
const SQLITE_MIGRATIONS = path.join(process.cwd(), "db", "migrations");

const problem = await postgresProblem();
if (problem && !postgresRequired) {
  console.warn(
    `PostgreSQL does not answer at ${POSTGRES_ADMIN_URL} (${problem}): the PostgreSQL migration tests are skipped`,
  );
}

/** The column type PostgreSQL must report for each kind of value the kit reads. */
const POSTGRES_TYPES: Record<string, string[]> = {
  number: ["integer", "double precision"],
  string: ["text"],
  date: ["timestamp with time zone"],
  boolean: ["boolean"],
  json: ["jsonb"],
};

describe.skipIf(problem !== undefined && !postgresRequired)(
  "the PostgreSQL migrations on a fresh database",
  () => {
    let database: Awaited<ReturnType<typeof createTestDatabase>> | undefined;
    let pool: pg.Pool | undefined;
    let db: NodePgDatabase;
    let tables: Map<string, PgTable>;
    let shapes: TableShape[];

    beforeAll(async () => {
      refuseMissingPostgres(problem);
      const built = await buildTables("postgresql");
      tables = new Map(built.map(({ name, table }) => [name, table as PgTable]));
      shapes = built.map(({ table }) => tableShape(table));
      database = await createTestDatabase("migrations");
      pool = new pg.Pool({ connectionString: database.url, max: 2 });
      db = drizzle(pool);
      await migrate(db, { migrationsFolder: PG_MIGRATIONS });
    });

    afterAll(async () => {
      await pool?.end();
      await database?.drop();
    });

    const table = (name: string) => {
      const found = tables.get(name);
      if (!found) throw new Error(`${name} is not a table of db/schema`);
      return found;
    };

    it("makes every table of the schema, with its columns, their types and nullability, and no other", async () => {
      if (!pool) throw new Error("no pool");
      const { rows } = await pool.query<{
        table_name: string;
        column_name: string;
        data_type: string;
        is_nullable: "YES" | "NO";
      }>(
        `select table_name, column_name, data_type, is_nullable from information_schema.columns
        where table_schema = 'public' order by table_name, ordinal_position`,
      );
      const made = new Map<string, typeof rows>();
      for (const row of rows) made.set(row.table_name, [...(made.get(row.table_name) ?? []), row]);
      expect([...made.keys()].sort()).toEqual(shapes.map((shape) => shape.name).sort());
      for (const shape of shapes) {
        const columns = made.get(shape.name) ?? [];
        expect(
          columns.map((column) => column.column_name),
          shape.name,
        ).toEqual(shape.columns.map((column) => column.name));
        for (const column of shape.columns) {
          const found = columns.find((c) => c.column_name === column.name);
          expect(found?.is_nullable, `${shape.name}.${column.name}`).toBe(column.notNull ? "NO" : "YES");
          expect(POSTGRES_TYPES[column.dataType], `${shape.name}.${column.name}`).toContain(found?.data_type);
        }
      }
    });

    it("stores and reads back a moment, a true/false and a JSON value as Date, boolean and object", async () => {
      const [user] = await db
        .insert(table("users"))
        .values({ email: "a@example.org", name: "A", passwordHash: "x", role: "staff" })
        .returning();
      const [survey] = await db
        .insert(table("surveys"))
        .values({ slug: "s", title: "S", createdBy: user.id })
        .returning();
      const [version] = await db
        .insert(table("surveyVersions"))
        .values({ surveyId: survey.id, number: 1, definition: { pages: [] } })
        .returning();
      const [response] = await db
        .insert(table("responses"))
        .values({
          surveyId: survey.id,
          versionId: version.id,
          resumeTokenHash: "t",
          resumeCodeHash: "c",
          resumeTokenSealed: "ts",
          resumeCodeSealed: "cs",
        })
        .returning();
      const moderatedAt = new Date("2026-12-07T10:00:00.123Z");
      const findings = [{ kind: "email", start: 0, end: 13, text: "a@example.org" }];
      await db.insert(table("openAnswerReviews")).values([
        {
          surveyId: survey.id,
          responseId: response.id,
          questionId: "q1",
          redactedText: "[e-mail]",
          findings,
          quote: true,
          moderatedBy: user.id,
          moderatedAt,
        },
        { surveyId: survey.id, responseId: response.id, questionId: "q2", redactedText: "niets" },
      ]);

      const read = (await db.select().from(table("openAnswerReviews"))).sort((a, b) =>
        String(a.questionId).localeCompare(String(b.questionId)),
      );
      expect(read).toEqual([
        expect.objectContaining({ questionId: "q1", findings, quote: true, moderatedAt, status: "pending" }),
        // The defaults: an empty JSON list, false, and no moment.
        expect.objectContaining({ questionId: "q2", findings: [], quote: false, moderatedAt: null }),
      ]);
      expect(read[0].moderatedAt).toBeInstanceOf(Date);
      expect(survey.createdAt).toBeInstanceOf(Date);
      expect(Math.abs((survey.createdAt as Date).getTime() - Date.now())).toBeLessThan(60_000);
      expect(survey.allowBreakdowns).toBe(true);
    });

    it("deleting a row deletes what is part of it and clears what only mentions it", async () => {
      const count = async (name: string) => (await db.select().from(table(name))).length;
      expect(await count("openAnswerReviews")).toBe(2);

      await db.delete(table("users"));
      const [survey] = await db.select().from(table("surveys"));
      expect(survey.createdBy).toBeNull();
      expect((await db.select().from(table("openAnswerReviews"))).map((row) => row.moderatedBy)).toEqual([
        null,
        null,
      ]);

      await db.delete(table("surveys"));
      expect(await count("surveyVersions")).toBe(0);
      expect(await count("responses")).toBe(0);
      expect(await count("openAnswerReviews")).toBe(0);
    });
  },
);

/** Every file of a migrations folder with a hash of its content. */
function folderContents(folder: string): Record<string, string> {
  const contents: Record<string, string> = {};
  for (const entry of fs.readdirSync(folder, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    contents[path.relative(folder, file)] = createHash("sha256").update(fs.readFileSync(file)).digest("hex");
  }
  return contents;
}

/**
 * Runs drizzle-kit generate and answers what it said and whether it wrote anything. What it wrote
 * is taken back (new files removed, changed ones restored), so a failed run leaves no migration
 * behind for the next run to find "current".
 */
async function generate(config: string, folder: string) {
  const before = folderContents(folder);
  const saved = new Map(Object.keys(before).map((file) => [file, fs.readFileSync(path.join(folder, file))]));
  const { DATABASE_URL: _ignored, ...environment } = process.env;
  try {
    const { stdout, stderr } = await promisify(execFile)(
      "npx",
      ["drizzle-kit", "generate", "--config", config],
      {
        cwd: process.cwd(),
        env: environment,
      },
    );
    return {
      said: `${stdout}${stderr}`,
      changed: JSON.stringify(folderContents(folder)) !== JSON.stringify(before),
    };
  } finally {
    for (const [file, hash] of Object.entries(folderContents(folder))) {
      const original = saved.get(file);
      if (!original) fs.rmSync(path.join(folder, file));
      else if (hash !== before[file]) fs.writeFileSync(path.join(folder, file), original);
    }
  }
}

describe("the migrations are current with the tables", () => {
  it("drizzle-kit finds nothing to add for PostgreSQL", async () => {
    const { said, changed } = await generate("drizzle.pg.config.ts", PG_MIGRATIONS);
    expect(said).toContain("No schema changes");
    expect(changed).toBe(false);
  });

  it("drizzle-kit finds nothing to add for SQLite", async () => {
    const { said, changed } = await generate("drizzle.config.ts", SQLITE_MIGRATIONS);
    expect(said).toContain("No schema changes");
    expect(changed).toBe(false);
  });
});
