import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { defineConfig, type TestProjectConfiguration } from "vitest/config";

// The server the PostgreSQL project runs on; the same defaults as db/schema/postgres-test-support.ts
// (not imported: this config loads as an ES module, that file as the app's TypeScript).
const POSTGRES_ADMIN_URL =
  process.env.PEILING_TEST_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/test";
const postgresRequired = process.env.REQUIRE_PG === "1";

/** Why the server does not answer within a second, or undefined when it answers. */
async function postgresProblem(): Promise<string | undefined> {
  const client = new pg.Client({ connectionString: POSTGRES_ADMIN_URL, connectionTimeoutMillis: 1000 });
  try {
    await client.connect();
    await client.query("select 1");
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message || error.name : String(error);
  } finally {
    await client.end().catch(() => {});
  }
}

const ALL_TESTS = ["lib/**/*.test.ts", "db/**/*.test.ts", "cli/**/*.test.ts", "i18n/**/*.test.ts"];

/**
 * The data-layer tests: those that run the app's queries on a database of their own
 * (lib/testing/temp-database.ts). They run a second time on PostgreSQL (issue 12). A test that opens
 * the SQLite file or connection itself (better-sqlite3, `$client`) is about SQLite and runs there only.
 */
function dataLayerTests(): string[] {
  const found: string[] = [];
  for (const root of ["lib", "db", "cli"]) {
    for (const file of fs.readdirSync(root, { recursive: true, encoding: "utf8" })) {
      if (!file.endsWith(".test.ts")) continue;
      const relative = path.join(root, file);
      const text = fs.readFileSync(relative, "utf8");
      const aboutSqlite = text.includes("better-sqlite3") || text.includes("$client");
      if (text.includes("setUpTempDatabase(") && !aboutSqlite) found.push(relative);
    }
  }
  return found.sort();
}

export default defineConfig(async () => {
  const problem = await postgresProblem();
  if (problem && postgresRequired) {
    throw new Error(
      `PostgreSQL is required (REQUIRE_PG=1) but does not answer at ${POSTGRES_ADMIN_URL}: ${problem}`,
    );
  }
  if (problem) {
    console.warn(
      `PostgreSQL does not answer at ${POSTGRES_ADMIN_URL} (${problem}): the data-layer tests run on SQLite only.`,
    );
  }
  const projects: TestProjectConfiguration[] = [
    { extends: true, test: { name: "sqlite", include: ALL_TESTS } },
  ];
  if (!problem) {
    projects.push({
      extends: true,
      test: {
        name: "postgresql",
        include: dataLayerTests(),
        globalSetup: ["lib/testing/postgres-template.global-setup.ts"],
        setupFiles: ["lib/testing/postgres-test-database.setup.ts"],
      },
    });
  }
  return {
    resolve: {
      alias: {
        "@": path.resolve(import.meta.dirname),
        // The marker package throws outside React Server Components; unit tests run the data layer (lib/*/data) directly.
        "server-only": path.resolve(import.meta.dirname, "lib/testing/server-only-stub.ts"),
      },
    },
    test: {
      environment: "node",
      pool: "forks",
      // At least two test files side by side: vitest's default leaves one core of a 2-core machine to
      // itself, yet many files spend their time waiting on PostgreSQL, a CLI subprocess or the disk.
      maxWorkers: Math.max(2, os.availableParallelism() - 1),
      // CLI tests start real subprocesses (node + tsx), and `setup` seeds the demo, which publishes its
      // 2025 edition through disclosure control (an integer-program audit of ~7,000 figures, ~10 s
      // alone); beside another such file on a 2-core machine that takes a while. A limit is a guard
      // against a hang, not a benchmark (bench/ measures).
      testTimeout: 300_000,
      hookTimeout: 300_000,
      projects,
    },
  };
});
