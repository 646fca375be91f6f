import path from "node:path";
import Database from "better-sqlite3";

/** The e2e server's database file (playwright.config.ts gives the server the same path). */
export const E2E_DB_FILE = path.resolve(
  process.env.E2E_DB || `data/e2e-${Number(process.env.E2E_PORT || 3100)}.db`,
);

/** Read-only access to the e2e server's real SQLite file, to check what was stored. */
export function openE2eDb(): Database.Database {
  const db = new Database(E2E_DB_FILE, { readonly: true, fileMustExist: true });
  db.pragma("busy_timeout = 5000");
  return db;
}

/** Rows of one read-only query against the e2e server's database (opened and closed per call). */
export function queryE2eDb<T>(sql: string, ...params: unknown[]): T[] {
  const db = openE2eDb();
  try {
    return db.prepare(sql).all(...params) as T[];
  } finally {
    db.close();
  }
}
