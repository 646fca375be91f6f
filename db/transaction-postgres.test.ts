import { afterAll, beforeAll, describe, vi } from "vitest";
import { closeDb } from "./client";
import {
  createTestDatabase,
  postgresProblem,
  postgresRequired,
  refuseMissingPostgres,
} from "./schema/postgres-test-support";
import { describeTransactions } from "./transaction-test-support";

// db/transaction.ts and db/raw-sql.ts on the PostgreSQL server, in a database of this file's own.
// The engine is read when the schema loads: DATABASE_URL names PostgreSQL before any import.
vi.hoisted(() => {
  process.env.DATABASE_URL = "postgresql://postgres@127.0.0.1:5432/not-yet-created";
});

const problem = await postgresProblem();

describe.skipIf(problem !== undefined && !postgresRequired)("on PostgreSQL", () => {
  let drop: (() => Promise<void>) | undefined;

  beforeAll(async () => {
    refuseMissingPostgres(problem);
    const database = await createTestDatabase("transactions");
    process.env.DATABASE_URL = database.url;
    drop = database.drop;
  });

  afterAll(async () => {
    await closeDb();
    await drop?.();
  });

  describeTransactions();
});
