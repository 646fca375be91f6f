// The PostgreSQL side of getDb() (issue 12): a connection pool for the DATABASE_URL, under drizzle's
// node-postgres driver. The query code is typed against the SQLite tables; the handle is
// handed out under that type (db/client.ts), the builder calls behaving alike on both drivers
// (ARCHITECTURE.md, "Two engines").

import { AsyncLocalStorage } from "node:async_hooks";
import { drizzle, type NodePgDatabase } from "drizzle-orm/node-postgres";
import pg, { Pool, type PoolClient } from "pg";
import * as schema from "./schema";

/**
 * PostgreSQL answers count(*) and sum() over integers as bigint and avg() as numeric, which
 * node-postgres hands over as text (they can exceed a JS number); SQLite answers numbers. Peiling's
 * counts and sums stay far below 2^53, so both are read as numbers, the same values as on SQLite;
 * one beyond that would be a fault and says so. Set for the process: drizzle's driver asks
 * node-postgres's global parsers for every type it does not map itself.
 */
function readBigNumber(text: string): number {
  const value = Number(text);
  if (!Number.isFinite(value) || (Number.isInteger(value) && !Number.isSafeInteger(value))) {
    throw new Error(`a number beyond what JavaScript holds exactly: ${text}`);
  }
  return value;
}
pg.types.setTypeParser(pg.types.builtins.INT8, readBigNumber);
pg.types.setTypeParser(pg.types.builtins.NUMERIC, readBigNumber);

export type PostgresDb = NodePgDatabase<typeof schema> & { $client: Pool };

/** The connection of the transaction the current async context runs in (db/transaction.ts). */
export type OpenTransaction = { client: PoolClient; open: boolean };
export const currentTransaction = new AsyncLocalStorage<OpenTransaction>();

/**
 * A pool whose queries, issued inside a transaction body, run on that transaction's connection.
 * On SQLite every query of the process runs on its one connection, so a data function that asks
 * getDb() (or was handed the handle before the transaction began) while a transaction is open
 * takes part in it. Here the same code would take another connection from the pool: its writes
 * would commit on their own, and wait for ever on a row the transaction holds locked. Routing by
 * async context keeps both engines' meaning the same.
 */
class TransactionAwarePool extends Pool {
  // biome-ignore lint/suspicious/noExplicitAny: pg's query has many overloads; all are passed on as given.
  override query(...args: any[]): any {
    const transaction = currentTransaction.getStore();
    // biome-ignore lint/suspicious/noExplicitAny: as above.
    if (transaction?.open) return (transaction.client.query as (...a: any[]) => any)(...args);
    // biome-ignore lint/suspicious/noExplicitAny: as above.
    return (super.query as (...a: any[]) => any)(...args);
  }
}

/** Opens a pool for the URL; connections are made when a query needs one. */
export function openPostgres(url: string): PostgresDb {
  const pool = new TransactionAwarePool({ connectionString: url });
  // An idle connection the server closes (a restart, a failover) must not crash the process.
  pool.on("error", (error) => console.error("[database] an idle PostgreSQL connection failed:", error));
  return drizzle(pool, { schema });
}

/** A handle on one connection taken from the pool, for a transaction. */
export function onConnection(client: PoolClient): NodePgDatabase<typeof schema> {
  return drizzle(client, { schema });
}
