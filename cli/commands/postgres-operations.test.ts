import { spawnSync } from "node:child_process";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createTestDatabase,
  postgresProblem,
  postgresRequired,
  refuseMissingPostgres,
} from "@/db/schema/postgres-test-support";
import { runCli, runScript, tempFolder } from "../testing/run-cli";

// Operating Peiling on PostgreSQL from the CLI (issue 12). `db:copy-to-postgres`: the seeded demo
// (1,200 responses, panels, advice, results) moves from its SQLite file into an empty PostgreSQL
// database with every row and value, and the PostgreSQL database carries on giving ids after the
// copied ones. `backup` dumps it with pg_dump and the README's pg_restore brings it back whole;
// `migrate` brings it up to date and refuses one a newer version migrated.

const problem = await postgresProblem();

describe.skipIf(problem !== undefined && !postgresRequired)("db:copy-to-postgres", () => {
  const { dir, cleanup } = tempFolder();
  const file = path.join(dir, "demo.db");
  let target: Awaited<ReturnType<typeof createTestDatabase>>;
  let restored: Awaited<ReturnType<typeof createTestDatabase>> | undefined;

  beforeAll(async () => {
    refuseMissingPostgres(problem);
    const setup = await runCli(["setup", "--quiet"], { db: file });
    expect(setup.code).toBe(0);
    // A message in the outbox, so mail crosses over too.
    const sqlite = new Database(file);
    sqlite
      .prepare(
        "INSERT INTO mail_outbox (to_address, subject, text_body, html_body, message_id, template) VALUES ('a@example.nl', 'Onderwerp', 'Tekst', '<p>Tekst</p>', '<copy-test@peiling>', 'test')",
      )
      .run();
    sqlite.close();
    target = await createTestDatabase("copy");
  });

  afterAll(async () => {
    await target?.drop();
    await restored?.drop();
    cleanup();
  });

  async function onTarget<T>(work: (client: pg.Client) => Promise<T>, url = target.url): Promise<T> {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      return await work(client);
    } finally {
      await client.end();
    }
  }

  it("copies every table, says each count on both sides, and the counts are equal", async () => {
    const run = await runCli(["db:copy-to-postgres", target.url], { db: file });
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^responses\s+1200\s+1200$/m);
    expect(run.stdout).toMatch(/^panel_members\s+400\s+400$/m);
    expect(run.stdout).toMatch(/^advice\s+1\s+1$/m);
    expect(run.stdout).toMatch(/^mail_outbox\s+1\s+1$/m);
    expect(run.stdout).toContain("Every count is equal.");

    const sqlite = new Database(file, { readonly: true });
    try {
      const tables = sqlite
        .prepare(
          "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '__drizzle%'",
        )
        .pluck()
        .all() as string[];
      await onTarget(async (client) => {
        for (const table of tables) {
          const there = (await client.query(`SELECT count(*)::int AS n FROM "${table}"`)).rows[0].n;
          const here = (sqlite.prepare(`SELECT count(*) AS n FROM "${table}"`).get() as { n: number }).n;
          expect({ table, rows: there }).toEqual({ table, rows: here });
        }
        // Values keep their meaning: moments, booleans and JSON as the app reads them.
        const response = sqlite
          .prepare(
            "SELECT id, completed_at FROM responses WHERE completed_at IS NOT NULL ORDER BY id LIMIT 1",
          )
          .get() as { id: number; completed_at: number };
        const copied = (await client.query("SELECT completed_at FROM responses WHERE id = $1", [response.id]))
          .rows[0];
        expect((copied.completed_at as Date).getTime()).toBe(response.completed_at);
        const user = sqlite.prepare("SELECT email, active FROM users ORDER BY id LIMIT 1").get() as {
          email: string;
          active: number;
        };
        expect(
          (await client.query("SELECT active FROM users WHERE email = $1", [user.email])).rows[0].active,
        ).toBe(user.active === 1);
        const version = sqlite
          .prepare("SELECT id, definition FROM survey_versions ORDER BY id LIMIT 1")
          .get() as {
          id: number;
          definition: string;
        };
        expect(
          (await client.query("SELECT definition FROM survey_versions WHERE id = $1", [version.id])).rows[0]
            .definition,
        ).toEqual(JSON.parse(version.definition));
        // New rows get ids after the copied ones.
        const maxAudit = (sqlite.prepare("SELECT max(id) AS n FROM audit_log").get() as { n: number }).n;
        const inserted = await client.query(
          "INSERT INTO audit_log (action, subject_type, subject_id) VALUES ('test.after-copy', 'test', '1') RETURNING id",
        );
        expect(inserted.rows[0].id).toBe(maxAudit + 1);
      });
    } finally {
      sqlite.close();
    }
  });

  it("refuses a database that is not empty, and keeps what was there", async () => {
    const before = await onTarget(
      async (client) => (await client.query("SELECT count(*)::int AS n FROM responses")).rows[0].n,
    );
    const run = await runCli(["db:copy-to-postgres", target.url], { db: file });
    expect(run.code).not.toBe(0);
    expect(run.stderr).toContain("the PostgreSQL database is not empty");
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(
      await onTarget(
        async (client) => (await client.query("SELECT count(*)::int AS n FROM responses")).rows[0].n,
      ),
    ).toBe(before);
  });

  it("refuses a target that is not a PostgreSQL URL", async () => {
    const run = await runCli(["db:copy-to-postgres", "mysql://localhost/peiling"], { db: file });
    expect(run.code).not.toBe(0);
    expect(run.stderr).toContain("not a PostgreSQL URL");
  });

  async function rowCounts(url: string): Promise<Record<string, number>> {
    return onTarget(async (client) => {
      const tables = (
        await client.query<{ name: string }>(
          "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY 1",
        )
      ).rows.map((row) => row.name);
      const counts: Record<string, number> = {};
      for (const table of tables) {
        counts[table] = (await client.query(`SELECT count(*)::int AS n FROM "${table}"`)).rows[0].n;
      }
      return counts;
    }, url);
  }

  it("backs the database up with pg_dump, and the README's pg_restore brings every row back", async () => {
    const file = path.join(dir, "peiling.dump");
    const run = await runCli(["backup", file], {
      db: path.join(dir, "unused.db"),
      env: { DATABASE_URL: target.url },
    });
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(
      /Backup written: .*peiling\.dump \(\d+(\.\d)? (KiB|MiB)\), pg_dump's custom format, \d+ tables\./,
    );
    expect(run.stdout).toContain(`pg_restore --no-owner --dbname=<postgresql-url> ${file}`);

    restored = await createTestDatabase("restored");
    const restore = spawnSync("pg_restore", ["--no-owner", `--dbname=${restored.url}`, file], {
      encoding: "utf8",
    });
    expect(restore.stderr).toBe("");
    expect(restore.status).toBe(0);
    const before = await rowCounts(target.url);
    expect(before.responses).toBe(1200);
    expect(await rowCounts(restored.url)).toEqual(before);
  });

  it("migrates the database DATABASE_URL names, and refuses one a newer version migrated", async () => {
    const database = restored ?? target;
    const env = { DATABASE_URL: database.url };
    const upToDate = await runCli(["migrate"], { db: path.join(dir, "unused.db"), env });
    expect(upToDate.stderr).toBe("");
    expect(upToDate.stdout).toContain(`Database is up to date: ${database.url}`);

    await onTarget(
      (client) =>
        client.query(
          "INSERT INTO drizzle.__drizzle_migrations (hash, created_at) VALUES ('from-the-future', $1)",
          [Date.parse("2099-01-01T00:00:00Z")],
        ),
      database.url,
    );
    const refused = await runCli(["migrate"], { db: path.join(dir, "unused.db"), env });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain("newer version of Peiling");
    expect(refused.stderr).not.toMatch(/\n\s+at /);
  });

  it("says in one line when the PostgreSQL server does not answer, without the password", async () => {
    const run = await runCli(["migrate"], {
      db: path.join(dir, "unused.db"),
      env: { DATABASE_URL: "postgresql://peiling:secret@127.0.0.1:1/peiling" },
    });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(
      "the PostgreSQL database at postgresql://peiling:***@127.0.0.1:1/peiling does not answer",
    );
    expect(run.stderr).not.toContain("secret");
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it("publishes the same results page on both engines: from the SQLite file, from its copy, and from the demo seeded on PostgreSQL", async () => {
    const published = async (db: string, env?: Record<string, string>) => {
      const run = await runScript("cli/testing/print-published-results.ts", ["sociaal-domein-2025"], {
        db,
        env,
      });
      expect(run.stderr).toBe("");
      expect(run.code).toBe(0);
      return JSON.parse(run.stdout) as { method: { respondents: number }; publishedAt: string };
    };
    const onSqlite = await published(file);
    expect(onSqlite.method.respondents).toBe(1200);
    // The copy keeps the snapshot that was published.
    expect(await published(path.join(dir, "unused.db"), { DATABASE_URL: target.url })).toEqual(onSqlite);
    // Seeded on PostgreSQL, every figure is computed there: the same page, but for the moment it was published.
    const seeded = await createTestDatabase("seeded");
    try {
      const setup = await runCli(["setup", "--quiet"], {
        db: path.join(dir, "unused.db"),
        env: { DATABASE_URL: seeded.url },
      });
      expect(setup.stderr).toBe("");
      expect(setup.code).toBe(0);
      const onPostgres = await published(path.join(dir, "unused.db"), { DATABASE_URL: seeded.url });
      expect({ ...onPostgres, publishedAt: "" }).toEqual({ ...onSqlite, publishedAt: "" });
    } finally {
      await seeded.drop();
    }
  }, 300_000);
});
