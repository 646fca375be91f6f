import { afterAll, inject } from "vitest";
import { createTestDatabase } from "@/db/schema/postgres-test-support";

// Setup file of the vitest project "postgresql" (vitest.config.mts), run before each test file is
// imported: the file gets a database of its own on the server, a copy of the migrated template,
// and DATABASE_URL names it before the schema loads (db/schema/kit.ts reads the engine then).
// Dropped after the file's last test, once its own hooks have closed the connection.

const database = await createTestDatabase("unit", { template: inject("postgresTemplate") });
process.env.DATABASE_URL = database.url;

afterAll(async () => {
  const { closeDb } = await import("@/db/client");
  await closeDb();
  await database.drop();
});
