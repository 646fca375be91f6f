import fs from "node:fs";
import path from "node:path";
import type Database from "better-sqlite3";
import { markDatabaseGone } from "@/scripts/database-unavailable.mjs";
import { writeCreatedMarker } from "./created-marker";

/*
 * Notices when the database file is deleted or replaced while Peiling has it open (issue 10,
 * finding 7). SQLite keeps working on the file it opened: once that file is unlinked, every
 * answer is "saved" into a file no one can open again, and the next start would create a new,
 * empty database at the same path. So the file's identity (device and inode) is recorded at open
 * and compared with what is at the path now:
 *
 * - around every write: before it (nothing is written into a file that is gone) and after its
 *   commit (a write whose file disappeared in between is not acknowledged: the caller gets an
 *   error, not a success). Within a transaction the check runs before COMMIT, where a failure
 *   rolls the transaction back, and again after it. That is two stat() calls per write
 *   transaction or single write; bench/database-file-guard.ts measures the cost.
 * - every few seconds in the background, so an idle server notices and says so in its log.
 *
 * Once noticed, every statement of this connection fails with DatabaseFileGoneError, reads
 * included: pages that keep answering from a file that is gone hide the problem. The production
 * server answers every request with a Dutch 503 page (scripts/database-unavailable.mjs). The log
 * says what happened and what to do, and a copy of the data this process can still read is
 * written beside the path (`<file>.rescued-<time>-<pid>`), since the unlinked file disappears for
 * good when the last process that has it open stops.
 */

export type FileIdentity = { dev: number; ino: number };

/** Each guarded connection's check and unguarded exec, for db/transaction.ts's transactions. */
const guards = new WeakMap<Database.Database, { check: () => void; exec: (source: string) => void }>();

/**
 * Runs the connection's file check (when it is guarded): throws DatabaseFileGoneError when its file
 * was deleted or replaced. db/transaction.ts calls it before COMMIT, so such a transaction is rolled
 * back rather than committed into a file that is gone, as better-sqlite3's own transactions are.
 */
export function checkDatabaseFile(sqlite: Database.Database): void {
  guards.get(sqlite)?.check();
}

/**
 * Rolls back the connection's open transaction, also once its file is gone (when the guard refuses
 * every other statement): a rollback writes nothing, and the connection must not stay inside it.
 */
export function rollBack(sqlite: Database.Database): void {
  if (!sqlite.inTransaction) return;
  const guard = guards.get(sqlite);
  if (guard) guard.exec("ROLLBACK");
  else sqlite.exec("ROLLBACK");
}

/** Thrown by every use of a connection whose database file was deleted or replaced. */
export class DatabaseFileGoneError extends Error {
  readonly code = "PEILING_DATABASE_FILE_GONE";
  constructor(
    readonly file: string,
    readonly what: "deleted" | "replaced",
  ) {
    super(
      `The database file ${file} was ${what} while Peiling was running. Peiling refuses every ` +
        "request that uses the database from now on, because what it wrote would be lost. Stop every " +
        `Peiling process that uses this file, put the database back at ${file} (the rescued copy ` +
        "beside it, or your latest backup: see the README, Operations) and start again.",
    );
    this.name = "DatabaseFileGoneError";
  }
}

/**
 * The error above when `error` is it or was caused by it (drizzle wraps every failed query in a
 * DrizzleQueryError with the driver's error as `cause`). Compared by code, not class, so it also
 * works across module copies (Next.js bundles).
 */
export function databaseFileGoneIn(error: unknown): DatabaseFileGoneError | null {
  for (let e = error, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    if ((e as { code?: unknown }).code === "PEILING_DATABASE_FILE_GONE") return e as DatabaseFileGoneError;
  }
  return null;
}

export function isDatabaseFileGone(error: unknown): boolean {
  return databaseFileGoneIn(error) !== null;
}

export function fileIdentity(file: string): FileIdentity | null {
  const stat = fs.statSync(file, { throwIfNoEntry: false });
  return stat ? { dev: stat.dev, ino: stat.ino } : null;
}

type Options = {
  /** How often the background check runs; 0 turns it off. */
  intervalMs?: number;
  log?: (line: string) => void;
};

/**
 * Wraps the connection's prepare, exec and transaction so that the checks above run; returns a
 * function that stops the background check (for close()).
 */
export function guardDatabaseFile(
  sqlite: Database.Database,
  file: string,
  options: Options = {},
): () => void {
  const opened = fileIdentity(file);
  if (!opened) throw new Error(`the database file ${file} is missing right after it was opened`);
  const log = options.log ?? ((line: string) => console.error(line));
  let gone: DatabaseFileGoneError | null = null;

  const check = () => {
    if (gone) throw gone;
    const now = fileIdentity(file);
    if (now && now.dev === opened.dev && now.ino === opened.ino) return;
    gone = new DatabaseFileGoneError(file, now ? "replaced" : "deleted");
    log(`[database] ${gone.message}`);
    // The production server answers every request with a 503 page from now on (scripts/serve.mjs).
    markDatabaseGone();
    // Also when the whole data folder was removed: the next start must refuse an empty database.
    writeCreatedMarker(file);
    rescue(sqlite, file, log);
    throw gone;
  };
  // A single statement outside a transaction commits by itself: check before and after it. Inside
  // a transaction, statements only check the flag; the transaction checks before and after COMMIT.
  const checkOutsideTransaction = () => {
    if (!sqlite.inTransaction) check();
    else if (gone) throw gone;
  };
  const checkAfterCommit = () => {
    if (!sqlite.inTransaction) check();
  };

  const prepare = sqlite.prepare.bind(sqlite);
  sqlite.prepare = ((source: string) => {
    if (gone) throw gone;
    const statement = prepare(source);
    if (!statement.readonly) guardWrites(statement, checkOutsideTransaction, checkAfterCommit);
    return statement;
  }) as typeof sqlite.prepare;

  const exec = sqlite.exec.bind(sqlite);
  guards.set(sqlite, { check, exec });
  sqlite.exec = (source: string) => {
    checkOutsideTransaction();
    exec(source);
    checkAfterCommit();
    return sqlite;
  };

  const transaction = sqlite.transaction.bind(sqlite);
  sqlite.transaction = ((work: (...args: unknown[]) => unknown) => {
    const native = transaction(function (this: unknown, ...args: unknown[]) {
      const result = work.apply(this, args);
      check(); // before COMMIT: throwing here rolls the transaction back
      return result;
    });
    const afterCommit =
      (run: (...args: unknown[]) => unknown) =>
      (...args: unknown[]) => {
        if (gone) throw gone;
        const result = run(...args);
        checkAfterCommit();
        return result;
      };
    // Plain assignments, not defineProperties: this runs for every transaction.
    const guarded = afterCommit(native) as Record<string, unknown> & ((...args: unknown[]) => unknown);
    guarded.default = guarded;
    guarded.deferred = afterCommit(native.deferred);
    guarded.immediate = afterCommit(native.immediate);
    guarded.exclusive = afterCommit(native.exclusive);
    guarded.database = sqlite;
    return guarded;
  }) as unknown as typeof sqlite.transaction;

  if (!options.intervalMs) return () => {};
  const timer = setInterval(() => {
    if (gone) return clearInterval(timer);
    try {
      check();
    } catch {
      // logged by check(); requests fail from now on
    }
  }, options.intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}

function guardWrites(statement: Database.Statement, before: () => void, after: () => void): void {
  const own = statement as unknown as Record<string, (...args: unknown[]) => unknown>;
  const shared = Object.getPrototypeOf(statement) as Record<string, (...args: unknown[]) => unknown>;
  // iterate() runs lazily, so only its start can be checked; nothing in Peiling writes with it.
  own.iterate = (...args) => {
    before();
    return shared.iterate.apply(statement, args);
  };
  for (const method of ["run", "get", "all"]) {
    own[method] = (...args) => {
      before();
      const result = shared[method].apply(statement, args);
      after();
      return result;
    };
  }
}

/** Copies what this connection can still read to a new file beside the path; never overwrites. */
function rescue(sqlite: Database.Database, file: string, log: (line: string) => void): void {
  const target = `${file}.rescued-${new Date().toISOString().replace(/[:.]/g, "-")}-${process.pid}`;
  try {
    fs.mkdirSync(path.dirname(target), { recursive: true });
  } catch {
    // reported by the backup below
  }
  sqlite
    .backup(target)
    .then(() => log(`[database] A copy of the data this process could still read was saved as ${target}.`))
    .catch((error: unknown) =>
      log(
        `[database] Could not save a copy of the data to ${target}: ${error instanceof Error ? error.message : String(error)}`,
      ),
    );
}
