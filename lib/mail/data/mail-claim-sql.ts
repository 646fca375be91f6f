import "server-only";
import { onPostgres } from "@/db/dialect";

/*
 * The one place where the mail feature's claim differs between the engines (issue 12).
 *
 * SQLite: one UPDATE … WHERE id IN (SELECT … LIMIT n) is atomic, because a writing statement takes
 * the database's write lock before it reads; two workers never see the same due rows.
 *
 * PostgreSQL: several app instances claim at once, each in its own transaction. The subquery
 * locks the due rows it picks FOR UPDATE SKIP LOCKED, so a second claim running at the same moment
 * passes over them and takes the next due messages instead of waiting for the first claim and then
 * finding its rows taken (which would make it claim nothing and stop). Each message is claimed by
 * one worker; the lease still says how long that claim holds once the statement has committed.
 */

/** The query builder's row-locking clause, as PostgreSQL's select builder has it. */
type Lockable<Q> = { for(strength: "update", config: { skipLocked: true }): Q };

/** The select of due message ids, locked for this claim on PostgreSQL; as it is on SQLite. */
export function lockedForClaim<Q>(due: Q): Q {
  // The handle is PostgreSQL's at run time, typed as SQLite's (db/client.ts), whose builder has no .for().
  return onPostgres() ? (due as unknown as Lockable<Q>).for("update", { skipLocked: true }) : due;
}
