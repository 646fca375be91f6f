import { randomBytes } from "node:crypto";
import pg from "pg";

// The PostgreSQL server tests run against (docs: ../shared/docs/toolchain.md): whether it
// answers, and a database of a test's own on it, made fresh and dropped after.

/** The server's maintenance database, where a test creates and drops its own. */
export const POSTGRES_ADMIN_URL =
  process.env.PEILING_TEST_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/test";

/** `.ci/run` sets REQUIRE_PG=1: there a server that does not answer fails the PostgreSQL tests. */
export const postgresRequired = process.env.REQUIRE_PG === "1";

/** Why the server does not answer (within a second), or undefined when it answers. */
export async function postgresProblem(): Promise<string | undefined> {
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

/**
 * Throws when the server does not answer (`problem`, from postgresProblem()): a test's beforeAll
 * calls it, so with REQUIRE_PG=1 a missing server fails the PostgreSQL tests with the reason;
 * without it those tests were skipped and never get here.
 */
export function refuseMissingPostgres(problem: string | undefined): void {
  if (problem) {
    throw new Error(
      `PostgreSQL is required (REQUIRE_PG=1) but does not answer at ${POSTGRES_ADMIN_URL}: ${problem}`,
    );
  }
}

async function onAdmin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: POSTGRES_ADMIN_URL });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/**
 * Creates an empty database of its own (named with the process id and a random suffix, so test
 * files and runs side by side never meet) and returns its URL and how to drop it.
 */
export async function createTestDatabase(
  purpose: string,
  { template }: { template?: string } = {},
): Promise<{ name: string; url: string; drop: () => Promise<void> }> {
  const name = `peiling_${purpose}_${process.pid}_${randomBytes(4).toString("hex")}`;
  // A template (a database nobody is connected to) is copied file by file: far quicker than
  // applying the migrations again for every test file.
  const from = template ? ` template "${template}"` : "";
  await onAdmin((client) => client.query(`create database "${name}"${from}`));
  const url = new URL(POSTGRES_ADMIN_URL);
  url.pathname = `/${name}`;
  return {
    name,
    url: url.toString(),
    // WITH (FORCE) ends connections a failed test left open.
    drop: () =>
      onAdmin((client) => client.query(`drop database if exists "${name}" with (force)`)).then(() => {}),
  };
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * Drops the test databases a run on this machine left behind when it was killed before its own
 * clean-up (their names carry the creating process's id, and that process is gone). Databases of
 * runs still going are left alone.
 */
export async function dropAbandonedTestDatabases(): Promise<string[]> {
  return onAdmin(async (client) => {
    const { rows } = await client.query<{ name: string }>(
      "SELECT datname AS name FROM pg_database WHERE datname ~ '^peiling_[a-z0-9_]+_[0-9]+_[0-9a-f]{8}$'",
    );
    const abandoned = rows
      .map((row) => row.name)
      .filter((name) => !processAlive(Number(/_(\d+)_[0-9a-f]{8}$/.exec(name)?.[1])));
    for (const name of abandoned) await client.query(`drop database if exists "${name}" with (force)`);
    return abandoned;
  });
}
