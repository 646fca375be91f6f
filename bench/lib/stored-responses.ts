// The benchmark's own check on the database it seeded: what was stored, read after the server stopped.
import Database from "better-sqlite3";

export function countStoredResponses(dbPath: string): { completed: number; inProgress: number } {
  const db = new Database(dbPath, { readonly: true });
  try {
    const rows = db.prepare("SELECT status, count(*) AS n FROM responses GROUP BY status").all() as {
      status: string;
      n: number;
    }[];
    const of = (status: string) => rows.find((r) => r.status === status)?.n ?? 0;
    return { completed: of("completed"), inProgress: of("in_progress") };
  } finally {
    db.close();
  }
}
