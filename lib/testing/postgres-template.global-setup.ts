import { drizzle } from "drizzle-orm/node-postgres";
import { migrate } from "drizzle-orm/node-postgres/migrator";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { POSTGRES_MIGRATIONS_FOLDER } from "@/db/migrate";
import { createTestDatabase, dropAbandonedTestDatabases } from "@/db/schema/postgres-test-support";

declare module "vitest" {
  export interface ProvidedContext {
    /** The migrated database each data-layer test file on PostgreSQL starts as a copy of. */
    postgresTemplate: string;
  }
}

/**
 * Global setup of the vitest project "postgresql" (vitest.config.mts): one database on the server,
 * migrated once, that every test file copies (lib/testing/postgres-test-database.setup.ts);
 * dropped when the run ends.
 */
export default async function setUpPostgresTemplate(project: TestProject): Promise<() => Promise<void>> {
  await dropAbandonedTestDatabases();
  const template = await createTestDatabase("template");
  const client = new pg.Client({ connectionString: template.url });
  await client.connect();
  try {
    await migrate(drizzle(client), { migrationsFolder: POSTGRES_MIGRATIONS_FOLDER });
  } finally {
    await client.end();
  }
  project.provide("postgresTemplate", template.name);
  return template.drop;
}
