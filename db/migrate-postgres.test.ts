import { sql } from "drizzle-orm";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Db } from "./client";
import { applyMigrations, NewerDatabaseError } from "./migrate";
import { openPostgres } from "./postgres-connection";
import {
  createTestDatabase,
  postgresProblem,
  postgresRequired,
  refuseMissingPostgres,
} from "./schema/postgres-test-support";

// applyMigrations on the PostgreSQL server: a fresh database, several instances starting at once,
// and a database a newer version migrated. The engine is read when the schema loads.
vi.hoisted(() => {
  process.env.DATABASE_URL = "postgresql://postgres@127.0.0.1:5432/not-yet-created";
});

const problem = await postgresProblem();

describe.skipIf(problem !== undefined && !postgresRequired)("applyMigrations on PostgreSQL", () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  const pools: { $client: pg.Pool }[] = [];
  const open = () => {
    const db = openPostgres(database.url);
    pools.push(db);
    return db as unknown as Db;
  };
  const applied = async () => {
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    try {
      return (await client.query("SELECT count(*)::int AS n FROM drizzle.__drizzle_migrations")).rows[0]
        .n as number;
    } finally {
      await client.end();
    }
  };

  beforeAll(async () => {
    refuseMissingPostgres(problem);
    database = await createTestDatabase("migrate");
  });

  afterAll(async () => {
    for (const pool of pools) await pool.$client.end();
    await database?.drop();
  });

  it("migrates an empty database from three instances starting at once, each migration once", async () => {
    await Promise.all([applyMigrations(open()), applyMigrations(open()), applyMigrations(open())]);
    const count = await applied();
    expect(count).toBeGreaterThan(0);
    await applyMigrations(open());
    expect(await applied()).toBe(count);
    const db = open() as unknown as { execute: (query: unknown) => Promise<{ rows: { n: number }[] }> };
    expect((await db.execute(sql`SELECT count(*) AS n FROM users`)).rows[0]?.n).toBe(0);
  });

  it("refuses a database that a newer version migrated, with a message saying so", async () => {
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    await client.query(
      "INSERT INTO drizzle.__drizzle_migrations (hash, created_at) VALUES ('from-the-future', $1)",
      [Date.parse("2099-01-01T00:00:00Z")],
    );
    await client.end();
    await expect(applyMigrations(open())).rejects.toThrow(NewerDatabaseError);
    await expect(applyMigrations(open())).rejects.toThrow(/newer version of Peiling/);
  });
});
