// One transaction at a time per process, with an asynchronous body, on the process's connection.
//
// drizzle's better-sqlite3 transaction takes only a synchronous body (better-sqlite3 refuses a
// promise), and PostgreSQL takes only an asynchronous one; the data layer is written once for
// both engines (issue 12), so its transactions are asynchronous and run here. Bodies queue behind
// each other in arrival order: on SQLite the connection is one, and a statement of another request
// issued while a body awaits would otherwise land inside this transaction and go with its rollback.
// A body awaits database work only (no mail, no HTTP): the queue and SQLite's file lock are held
// until it ends. Calling transaction() inside a body opens a savepoint in the same transaction.
// On PostgreSQL each transaction takes a connection of its own from the pool: no queue is needed;
// a query the body makes on the pool handle runs on that connection, as it would on SQLite's one.
import { AsyncLocalStorage } from "node:async_hooks";
import { type Db, databaseEngine, getDb } from "./client";
import { checkDatabaseFile, rollBack } from "./database-file-guard";
import {
  currentTransaction,
  type OpenTransaction,
  onConnection,
  type PostgresDb,
} from "./postgres-connection";

/** A body gets the handle its queries run on; it passes it to the data functions it calls. */
type Work<T> = (tx: Db) => Promise<T>;

/** An open transaction: its handle, how to send it a statement, and how many savepoints it made. */
type Scope = { tx: Db; command: (statement: string) => Promise<unknown>; savepoints: number };

/** The transaction the current async context runs in, if any. */
const current = new AsyncLocalStorage<Scope>();

/** Where the next SQLite transaction waits: the end of the one before it. */
let tail: Promise<unknown> = Promise.resolve();

async function inSavepoint<T>(scope: Scope, work: Work<T>): Promise<T> {
  const name = `sp${++scope.savepoints}`;
  await scope.command(`SAVEPOINT ${name}`);
  try {
    const result = await work(scope.tx);
    await scope.command(`RELEASE SAVEPOINT ${name}`);
    return result;
  } catch (error) {
    await scope.command(`ROLLBACK TO SAVEPOINT ${name}`);
    await scope.command(`RELEASE SAVEPOINT ${name}`);
    throw error;
  }
}

/**
 * `readOnly`: the body only reads (temporary tables aside) and wants one consistent view of the
 * database for all its queries, without holding up writers in other processes.
 */
export type TransactionOptions = { readOnly?: boolean };

async function inSqliteTransaction<T>(work: Work<T>, { readOnly = false }: TransactionOptions): Promise<T> {
  const tx = getDb();
  const client = tx.$client;
  // IMMEDIATE takes the write lock up front: a deferred transaction that reads and then writes
  // cannot wait for another process's lock (db/client.ts says more). A reading body takes none:
  // its snapshot starts at its first read.
  client.exec(readOnly ? "BEGIN DEFERRED" : "BEGIN IMMEDIATE");
  try {
    const command = async (statement: string) => client.exec(statement);
    const result = await current.run({ tx, command, savepoints: 0 }, () => work(tx));
    // A file deleted or replaced meanwhile: roll back instead of committing into it.
    checkDatabaseFile(client);
    client.exec("COMMIT");
    return result;
  } catch (error) {
    rollBack(client);
    throw error;
  }
}

async function inPostgresTransaction<T>(work: Work<T>, { readOnly = false }: TransactionOptions): Promise<T> {
  const client = await (getDb() as unknown as PostgresDb).$client.connect();
  const tx = onConnection(client) as unknown as Db;
  const command = (statement: string) => client.query(statement);
  // Queries on the pool handle inside the body run on this connection too (postgres-connection.ts).
  const open: OpenTransaction = { client, open: true };
  try {
    // A reading body sees one snapshot for all its queries (temporary tables stay writable).
    await command(readOnly ? "BEGIN ISOLATION LEVEL REPEATABLE READ" : "BEGIN");
    const result = await currentTransaction.run(open, () =>
      current.run({ tx, command, savepoints: 0 }, () => work(tx)),
    );
    await command("COMMIT");
    return result;
  } catch (error) {
    await command("ROLLBACK").catch(() => undefined);
    throw error;
  } finally {
    open.open = false;
    client.release();
  }
}

/**
 * Runs `work` in one transaction: all of its writes commit together when it resolves, none when it
 * throws (the error comes back to the caller). Inside a body, a nested call is a savepoint: its
 * failure undoes its own writes only. Nested calls are awaited one at a time, not side by side.
 */
export function transaction<T>(work: Work<T>, options: TransactionOptions = {}): Promise<T> {
  const scope = current.getStore();
  if (scope) return inSavepoint(scope, work);
  if (databaseEngine() === "postgresql") return inPostgresTransaction(work, options);
  const result = tail.then(() => inSqliteTransaction(work, options));
  tail = result.catch(() => undefined);
  return result;
}
