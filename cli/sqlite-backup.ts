import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";

const ALL_PAGES = 0x7fffffff;

export type BackupReport = { file: string; bytes: number; tables: { name: string; rows: number }[] };

/**
 * Copies a live SQLite database with SQLite's online backup API: the copy is one consistent
 * snapshot even while the server keeps writing (a plain file copy of a WAL database is not).
 * The copy is written beside the target and renamed into place only after it passed an
 * integrity check, so a failed backup never leaves a half-written file under the target name.
 */
export async function backupDatabase(source: string, target: string): Promise<BackupReport> {
  const temporary = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.partial`);
  const sourceDb = new Database(source, { readonly: true, fileMustExist: true });
  try {
    sourceDb.pragma("busy_timeout = 5000");
    // One step for all pages: done in small steps (the default), every write by the running server
    // restarts the copy, and a busy server could keep it from ever finishing. In WAL mode the one
    // long read does not block the server's writes.
    await sourceDb.backup(temporary, { progress: () => ALL_PAGES });
  } catch (error) {
    removeWithSidecars(temporary);
    throw error;
  } finally {
    sourceDb.close();
  }
  try {
    const tables = checkCopy(temporary);
    fs.renameSync(temporary, target);
    return { file: target, bytes: fs.statSync(target).size, tables };
  } catch (error) {
    removeWithSidecars(temporary);
    throw error;
  }
}

/** Integrity check and row counts of the copy; also makes it a single self-contained file. */
function checkCopy(file: string): { name: string; rows: number }[] {
  const copy = new Database(file, { fileMustExist: true });
  try {
    // The copy inherits WAL mode; a backup should not depend on -wal/-shm files beside it.
    copy.pragma("journal_mode = DELETE");
    const integrity = copy.pragma("integrity_check", { simple: true });
    if (integrity !== "ok") throw new Error(`the copy failed SQLite's integrity check: ${String(integrity)}`);
    const names = copy
      .prepare(
        "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
      )
      .pluck()
      .all() as string[];
    return names.map((name) => ({
      name,
      rows: copy
        .prepare(`SELECT count(*) FROM "${name.replaceAll('"', '""')}"`)
        .pluck()
        .get() as number,
    }));
  } finally {
    copy.close();
  }
}

function removeWithSidecars(file: string): void {
  for (const suffix of ["", "-wal", "-shm", "-journal"]) fs.rmSync(file + suffix, { force: true });
}
