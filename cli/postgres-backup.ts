// `peiling backup` on PostgreSQL (issue 12): pg_dump's custom format, which pg_dump takes in one
// snapshot (a consistent copy while the servers keep writing) and pg_restore reads back into an
// empty database (README, "Scaling out"). Written beside the target and renamed into place only
// after pg_restore has read its table of contents, so a failed backup never leaves a half-written
// file under the target name.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

export type PostgresBackupReport = { file: string; bytes: number; tables: string[] };

/** Thrown when pg_dump or pg_restore is not installed: what to install, or what to run instead. */
export class PostgresToolMissing extends Error {}

function run(tool: string, args: string[]): string {
  const result = spawnSync(tool, args, { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  if (result.error && (result.error as NodeJS.ErrnoException).code === "ENOENT") {
    throw new PostgresToolMissing(
      `${tool} is not installed; install PostgreSQL's client tools of the server's version (Debian: apt-get install postgresql-client-15), or run it yourself: pg_dump --format=custom --file=<file> "$DATABASE_URL"`,
    );
  }
  if (result.status !== 0) throw new Error(`${tool} failed: ${(result.stderr || result.stdout).trim()}`);
  return result.stdout;
}

export function backupPostgres(url: string, target: string): PostgresBackupReport {
  const temporary = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.partial`);
  try {
    // --no-owner/--no-privileges: the dump restores into a database owned by whoever restores it.
    run("pg_dump", [
      "--format=custom",
      "--no-owner",
      "--no-privileges",
      `--file=${temporary}`,
      `--dbname=${url}`,
    ]);
    const contents = run("pg_restore", ["--list", temporary]);
    const tables = [...contents.matchAll(/ TABLE DATA \S+ (\S+) /g)].map((match) => match[1] as string);
    if (!tables.includes("responses"))
      throw new Error("the dump holds no responses table; is this Peiling's database?");
    fs.renameSync(temporary, target);
    return { file: target, bytes: fs.statSync(target).size, tables: tables.sort() };
  } catch (error) {
    fs.rmSync(temporary, { force: true });
    throw error;
  }
}
