import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli, tempFolder } from "../testing/run-cli";

const { dir, cleanup } = tempFolder();
const db = path.join(dir, "live.db");
beforeAll(async () => {
  await runCli(["setup", "--quiet"], { db });
});
afterAll(cleanup);

type AuditRow = { id: number; action: string; subject_id: string };

function auditRows(file: string): AuditRow[] {
  const sqlite = new Database(file, { readonly: true });
  try {
    return sqlite.prepare("SELECT id, action, subject_id FROM audit_log ORDER BY id").all() as AuditRow[];
  } finally {
    sqlite.close();
  }
}

describe("backup", () => {
  it("makes a consistent copy while another connection keeps writing", async () => {
    const writer = new Database(db);
    writer.pragma("busy_timeout = 5000");
    // Each transaction writes a pair of rows: a consistent copy never holds half a pair.
    const insert = writer.prepare(
      "INSERT INTO audit_log (action, subject_type, subject_id) VALUES (?, 'test', ?)",
    );
    const writePair = writer.transaction((n: number) => {
      insert.run("pair.first", String(n));
      insert.run("pair.second", String(n));
    });
    let pairs = 0;
    let writing = true;
    const loop = (async () => {
      while (writing) {
        writePair(pairs++);
        await new Promise((resolve) => setTimeout(resolve, 1));
      }
    })();

    const target = path.join(dir, "copy.db");
    const run = await runCli(["backup", target], { db });
    writing = false;
    await loop;

    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(
      /Backup written: .*copy\.db \(\d+(\.\d)? (bytes|KiB|MiB)\), integrity check ok/,
    );
    expect(run.stdout).toMatch(/users\s+4/);
    expect(run.stdout).toMatch(/surveys\s+3/);

    const copied = auditRows(target);
    const source = auditRows(db);
    const copiedPairs = copied.filter((r) => r.action.startsWith("pair."));
    expect(copiedPairs.length % 2).toBe(0);
    // The copy is the source as it was at one moment: the same rows, up to some point.
    expect(copied).toEqual(source.slice(0, copied.length));
    // The copy was taken mid-stream: writes came before it and went on after it.
    expect(copiedPairs.length).toBeGreaterThan(0);
    expect(source.length).toBeGreaterThan(copied.length);
    // A backup is one self-contained file, with no -wal or -shm beside it.
    expect(fs.existsSync(`${target}-wal`)).toBe(false);

    // Once the writes stop, a new copy holds every row.
    const again = await runCli(["backup", target, "--force"], { db });
    expect(again.code).toBe(0);
    expect(auditRows(target)).toEqual(auditRows(db));
    writer.close();
  });

  it("refuses to overwrite an existing file without --force", async () => {
    const target = path.join(dir, "exists.db");
    fs.writeFileSync(target, "keep me");
    const run = await runCli(["backup", target], { db });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("already exists; use --force");
    expect(fs.readFileSync(target, "utf8")).toBe("keep me");
  });

  it("refuses when there is no database", async () => {
    const run = await runCli(["backup", path.join(dir, "x.db")], { db: path.join(dir, "missing.db") });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("no database at");
    expect(fs.existsSync(path.join(dir, "missing.db"))).toBe(false);
  });
});
