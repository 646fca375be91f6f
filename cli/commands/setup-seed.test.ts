import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { DEMO_ACCOUNTS } from "@/lib/demo/demo-accounts";
import { runCli, tempFolder } from "../testing/run-cli";

const { dir, cleanup } = tempFolder();
afterAll(cleanup);

function tableCounts(file: string): Record<string, number> {
  const db = new Database(file, { readonly: true });
  try {
    const count = (t: string) => db.prepare(`SELECT count(*) FROM ${t}`).pluck().get() as number;
    return {
      users: count("users"),
      surveys: count("surveys"),
      versions: count("survey_versions"),
      settings: count("settings"),
    };
  } finally {
    db.close();
  }
}

describe("setup", () => {
  const db = path.join(dir, "setup.db");

  it("migrates, creates the auth secret, seeds an empty database and prints the demo accounts", async () => {
    const run = await runCli(["setup"], { db });
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("demo only — change or remove these accounts before real use");
    for (const account of DEMO_ACCOUNTS) {
      expect(run.stdout).toContain(account.email);
      expect(run.stdout).toContain(account.password);
    }
    expect(fs.readFileSync(path.join(dir, "auth-secret"), "utf8").length).toBeGreaterThanOrEqual(32);

    const sqlite = new Database(db, { readonly: true });
    const surveys = sqlite
      .prepare(
        `SELECT s.slug, s.status, s.anonymity, v.number, v.frozen_at AS frozenAt
         FROM surveys s JOIN survey_versions v ON v.id = s.current_version_id ORDER BY s.slug`,
      )
      .all();
    const seeded = sqlite.prepare("SELECT value FROM settings WHERE key = 'demo_seeded'").pluck().get();
    sqlite.close();
    expect(surveys).toEqual([
      { slug: "mantelzorg-2026", status: "concept", anonymity: "anonymous", number: 1, frozenAt: null },
      {
        slug: "sociaal-domein-2025",
        status: "published",
        anonymity: "anonymous",
        number: 1,
        frozenAt: expect.any(Number),
      },
      {
        slug: "sociaal-domein-2026",
        status: "open",
        anonymity: "anonymous",
        number: 1,
        frozenAt: expect.any(Number),
      },
    ]);
    expect(seeded).toEqual(expect.any(String));
  });

  it("prints the demo accounts again on the next start, and nothing with --quiet", async () => {
    const again = await runCli(["setup"], { db });
    expect(again.code).toBe(0);
    expect(again.stdout).toContain("admin@peiling.demo");
    const quiet = await runCli(["setup", "--quiet"], { db });
    expect(quiet.code).toBe(0);
    expect(quiet.stdout).toBe("");
  });

  it("no longer lists an account whose demo password was changed", async () => {
    const sqlite = new Database(db);
    sqlite.prepare("UPDATE users SET password_hash = 'changed' WHERE email = 'admin@peiling.demo'").run();
    sqlite.close();
    const run = await runCli(["setup"], { db });
    expect(run.stdout).not.toContain("admin@peiling.demo");
    expect(run.stdout).toContain("beleid@peiling.demo");
  });

  it("does not seed a database that already has accounts or surveys", async () => {
    const other = path.join(dir, "in-use.db");
    await runCli(["migrate"], { db: other });
    const sqlite = new Database(other);
    sqlite
      .prepare("INSERT INTO users (email, name, password_hash, role) VALUES ('a@b.nl', 'A', 'x', 'admin')")
      .run();
    sqlite.close();
    const run = await runCli(["setup"], { db: other });
    expect(run.code).toBe(0);
    expect(run.stdout).not.toContain("DEMO ACCOUNTS");
    expect(tableCounts(other)).toMatchObject({ users: 1, surveys: 0 });
  });
});

describe("setup where a database was before", () => {
  // Issue 10, finding 7: a database deleted by accident was replaced at the next start by a new
  // one with the demo seeded into it, hiding the loss.
  const folder = path.join(dir, "removed");
  const db = path.join(folder, "peiling.db");
  const removeDatabase = () => {
    for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(db + suffix, { force: true });
  };

  it("refuses to start on a new, empty database, and says what to do", async () => {
    const first = await runCli(["setup", "--quiet"], { db });
    expect(first.code).toBe(0);
    removeDatabase();

    for (const command of ["setup", "seed"]) {
      const run = await runCli([command], { db });
      expect(run.code).toBe(1);
      expect(run.stderr).toContain(
        `error: The database ${db} is missing, but Peiling had a database there before`,
      );
      expect(run.stderr).toContain("PEILING_ALLOW_NEW_DATABASE=1");
      expect(run.stderr).not.toMatch(/\n\s+at /); // no stack trace
      expect(run.stdout).not.toContain("DEMO ACCOUNTS");
      expect(fs.existsSync(db)).toBe(false);
    }
  });

  it("starts on a new database when told to with PEILING_ALLOW_NEW_DATABASE=1", async () => {
    process.env.PEILING_ALLOW_NEW_DATABASE = "1";
    try {
      const run = await runCli(["setup"], { db });
      expect(run.code).toBe(0);
      expect(run.stdout).toContain("Empty database: the demo accounts and surveys were added.");
    } finally {
      delete process.env.PEILING_ALLOW_NEW_DATABASE;
    }
    expect(tableCounts(db)).toMatchObject({ users: 4, surveys: 3 });
  });
});

describe("seed", () => {
  it("is idempotent: a second run changes nothing", async () => {
    const db = path.join(dir, "seed.db");
    const first = await runCli(["seed"], { db });
    expect(first.code).toBe(0);
    expect(first.stdout).toContain("Created survey sociaal-domein-2026");
    const before = tableCounts(db);
    expect(before).toEqual({ users: 4, surveys: 3, versions: 3, settings: 1 });

    const second = await runCli(["seed"], { db });
    expect(second.code).toBe(0);
    expect(second.stdout).toContain("nothing was changed");
    expect(tableCounts(db)).toEqual(before);
  });
});
