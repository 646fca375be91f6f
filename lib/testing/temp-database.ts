import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll } from "vitest";

/**
 * For unit tests of the data layer: a real SQLite file in a fresh temp folder, with the migrations
 * applied. Call it at the top of a test file, before anything opens the database: it points
 * PEILING_DB at the temp file (lib/env.ts and db/client.ts read it lazily, on first use).
 */
export function setUpTempDatabase(name: string): { file: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `peiling-${name}-`));
  const file = path.join(dir, `${name}.db`);
  process.env.PEILING_DB = file;
  beforeAll(async () => {
    const { getDb } = await import("@/db/client");
    const { applyMigrations } = await import("@/db/migrate");
    await applyMigrations(getDb());
  });
  afterAll(async () => {
    const { closeDb } = await import("@/db/client");
    await closeDb();
    fs.rmSync(dir, { recursive: true, force: true });
  });
  return { file };
}
