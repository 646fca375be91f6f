import { sql } from "drizzle-orm";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { databaseEngine, getDb } from "./client";
import { execute, queryRow, queryRows } from "./raw-sql";
import { transaction } from "./transaction";

// What db/transaction.ts and db/raw-sql.ts promise, the same on both engines; db/transaction.test.ts
// runs it on SQLite, db/transaction-postgres.test.ts on the PostgreSQL server.

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function names(): Promise<string[]> {
  const found = await queryRows<{ name: string }>(getDb(), sql`SELECT name FROM scratch ORDER BY seq`);
  return found.map((r) => r.name);
}

/** Registers the tests; the database the process's getDb() opens must exist by the first test. */
export function describeTransactions(): void {
  beforeAll(async () => {
    await execute(getDb(), sql`CREATE TABLE scratch (seq integer NOT NULL, name text NOT NULL)`);
  });

  beforeEach(async () => {
    await execute(getDb(), sql`DELETE FROM scratch`);
  });

  describe("transaction", () => {
    it("commits every write of a body that resolves, and returns its value", async () => {
      const value = await transaction(async (tx) => {
        await execute(tx, sql`INSERT INTO scratch (seq, name) VALUES (1, 'a')`);
        await pause(5);
        await execute(tx, sql`INSERT INTO scratch (seq, name) VALUES (2, 'b')`);
        return "done";
      });
      expect(value).toBe("done");
      expect(await names()).toEqual(["a", "b"]);
    });

    it("undoes every write of a body that throws, and hands the error to the caller", async () => {
      const failed = transaction(async (tx) => {
        await execute(tx, sql`INSERT INTO scratch (seq, name) VALUES (1, 'a')`);
        await pause(5);
        throw new Error("refused");
      });
      await expect(failed).rejects.toThrow("refused");
      expect(await names()).toEqual([]);
    });

    it("never lets one body's rollback take another's writes", async () => {
      const order: string[] = [];
      const first = transaction(async (tx) => {
        order.push("first starts");
        await execute(tx, sql`INSERT INTO scratch (seq, name) VALUES (1, 'first')`);
        await pause(20);
        order.push("first fails");
        throw new Error("first");
      });
      const second = transaction(async (tx) => {
        order.push("second starts");
        await execute(tx, sql`INSERT INTO scratch (seq, name) VALUES (2, 'second')`);
        return "ok";
      });
      await expect(first).rejects.toThrow("first");
      expect(await second).toBe("ok");
      expect(await names()).toEqual(["second"]);
      // SQLite has one connection per process: its bodies queue. PostgreSQL gives each its own.
      if (databaseEngine() === "sqlite")
        expect(order).toEqual(["first starts", "first fails", "second starts"]);
    });

    it("makes a nested call a savepoint: its failure undoes its own writes, the outer ones commit", async () => {
      await transaction(async (tx) => {
        await execute(tx, sql`INSERT INTO scratch (seq, name) VALUES (1, 'outer')`);
        await expect(
          transaction(async (inner) => {
            await execute(inner, sql`INSERT INTO scratch (seq, name) VALUES (2, 'inner')`);
            throw new Error("inner");
          }),
        ).rejects.toThrow("inner");
        await transaction(async (inner) => {
          await execute(inner, sql`INSERT INTO scratch (seq, name) VALUES (3, 'kept')`);
        });
      });
      expect(await names()).toEqual(["outer", "kept"]);
    });

    it("runs the queries a body makes on the handle (getDb()) inside it, as one connection does", async () => {
      // A data function called from a body may ask getDb() instead of taking tx: its writes must
      // go with the body's rollback, and it must see the body's writes (on PostgreSQL, another
      // connection would wait for ever on a row the body holds locked).
      const failed = transaction(async (tx) => {
        await execute(tx, sql`INSERT INTO scratch (seq, name) VALUES (1, 'by tx')`);
        await execute(getDb(), sql`UPDATE scratch SET name = 'by handle' WHERE seq = 1`);
        await execute(getDb(), sql`INSERT INTO scratch (seq, name) VALUES (2, 'by handle too')`);
        expect(await names()).toEqual(["by handle", "by handle too"]);
        throw new Error("refused");
      });
      await expect(failed).rejects.toThrow("refused");
      expect(await names()).toEqual([]);
    });

    it("lets a body read its own writes before they commit, which others do not see yet", async () => {
      await transaction(async (tx) => {
        await execute(tx, sql`INSERT INTO scratch (seq, name) VALUES (1, 'mine')`);
        const found = await queryRow<{ n: number | string }>(tx, sql`SELECT count(*) AS n FROM scratch`);
        expect(Number(found?.n)).toBe(1);
      });
    });

    it("gives a reading body one view of the database for all its queries", async () => {
      await execute(getDb(), sql`INSERT INTO scratch (seq, name) VALUES (1, 'before')`);
      const seen = await transaction(
        async (tx) => {
          const first = await queryRows<{ name: string }>(tx, sql`SELECT name FROM scratch ORDER BY seq`);
          const again = await queryRows<{ name: string }>(tx, sql`SELECT name FROM scratch ORDER BY seq`);
          return [first.length, again.length];
        },
        { readOnly: true },
      );
      expect(seen).toEqual([1, 1]);
    });
  });

  describe("raw SQL", () => {
    it("says how many rows a statement changed, and gives undefined for no row", async () => {
      await execute(getDb(), sql`INSERT INTO scratch (seq, name) VALUES (1, 'a'), (2, 'b'), (3, 'c')`);
      expect(await execute(getDb(), sql`UPDATE scratch SET name = 'x' WHERE name <> 'c'`)).toBe(2);
      expect(await queryRow(getDb(), sql`SELECT name FROM scratch WHERE name = 'none'`)).toBeUndefined();
      expect(await queryRows(getDb(), sql`SELECT name FROM scratch WHERE seq > ${1} ORDER BY seq`)).toEqual([
        { name: "x" },
        { name: "c" },
      ]);
    });
  });
}
