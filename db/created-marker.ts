import fs from "node:fs";
import path from "node:path";

/*
 * A missing database file is a fresh installation only the first time. Before this marker, a
 * database deleted by accident was "repaired" at the next start by a new, empty one with the demo
 * seeded into it, and the site carried on as if nothing happened (issue 10, finding 7). So the
 * first time Peiling opens a database it writes `<database>.created` beside it; while that file is
 * there, Peiling refuses to create a new database at the same path unless told to with
 * PEILING_ALLOW_NEW_DATABASE=1 (lib/env.ts).
 */

export const ALLOW_NEW_DATABASE_SETTING = "PEILING_ALLOW_NEW_DATABASE";

export function createdMarkerPath(file: string): string {
  return `${file}.created`;
}

/** Thrown instead of creating an empty database where Peiling had one before. */
export class DatabaseMissingError extends Error {
  constructor(readonly file: string) {
    super(
      `The database ${file} is missing, but Peiling had a database there before ` +
        `(${path.basename(createdMarkerPath(file))} is beside it). Peiling does not start on a new, empty ` +
        "database in its place, which would hide the loss. Put the database back (from a " +
        `${path.basename(file)}.rescued-… copy beside it or from your latest backup; see the README, Operations) and ` +
        `start again. To start from nothing on purpose, start once with ${ALLOW_NEW_DATABASE_SETTING}=1.`,
    );
    this.name = "DatabaseMissingError";
  }
}

/** Call before opening: refuses to create a new database where Peiling had one. */
export function refuseRecreatedDatabase(file: string, { allowNew }: { allowNew: boolean }): void {
  if (allowNew || fs.existsSync(file)) return;
  if (fs.existsSync(createdMarkerPath(file))) throw new DatabaseMissingError(file);
}

/** Writes the marker when it is not there yet (a new database, or one from before the marker). */
export function writeCreatedMarker(file: string): void {
  const marker = createdMarkerPath(file);
  if (fs.existsSync(marker)) return;
  try {
    fs.mkdirSync(path.dirname(marker), { recursive: true });
    fs.writeFileSync(
      marker,
      `Peiling opened the database ${path.basename(file)} here first on ${new Date().toISOString()}.\n` +
        "While this file exists, Peiling refuses to create a new, empty database in its place when\n" +
        "the database is missing: restore it from a backup instead. To start from nothing on\n" +
        `purpose, start once with ${ALLOW_NEW_DATABASE_SETTING}=1 (or delete this file).\n`,
      { flag: "wx" },
    );
  } catch (error) {
    // Another process wrote it first: fine. Anything else (read-only folder) must not stop the app.
    if ((error as NodeJS.ErrnoException).code !== "EEXIST")
      console.error(`[database] could not write ${marker}: ${(error as Error).message}`);
  }
}
