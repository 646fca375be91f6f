import path from "node:path";
import Database from "better-sqlite3";

/** Read-only access to the e2e server's real SQLite file, to check what was stored. */
export function openE2eDb(): Database.Database {
  const port = Number(process.env.E2E_PORT || 3100);
  const file = process.env.E2E_DB || `data/e2e-${port}.db`;
  const db = new Database(path.resolve(file), { readonly: true, fileMustExist: true });
  db.pragma("busy_timeout = 5000");
  return db;
}
