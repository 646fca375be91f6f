import { sql } from "drizzle-orm";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { setUpTempDatabase } from "../lib/testing/temp-database";
import { getDb } from "./client";
import { execute, queryRow, queryRows } from "./raw-sql";
import { transaction } from "./transaction";

setUpTempDatabase("transaction");

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function names(): Promise<string[]> {
  const found = await queryRows<{ name: string }>(getDb(), sql`SELECT name FROM scratch ORDER BY id`);
  return found.map((r) => r.name);
}

beforeAll(async () => {
  await execute(getDb(), sql`CREATE TABLE scratch (id integer PRIMARY KEY, name text NOT NULL)`);
});

beforeEach(async () => {
  await execute(getDb(), sql`DELETE FROM scratch`);
});

describe("transaction", () => {
  it("commits every write of a body that resolves, and returns its value", async () => {
    const value = await transaction(async (tx) => {
      await execute(tx, sql`INSERT INTO scratch (name) VALUES ('a')`);
      await pause(5);
      await execute(tx, sql`INSERT INTO scratch (name) VALUES ('b')`);
      return "done";
    });
    expect(value).toBe("done");
    expect(await names()).toEqual(["a", "b"]);
  });

  it("undoes every write of a body that throws, and hands the error to the caller", async () => {
    const failed = transaction(async (tx) => {
      await execute(tx, sql`INSERT INTO scratch (name) VALUES ('a')`);
      await pause(5);
      throw new Error("refused");
    });
    await expect(failed).rejects.toThrow("refused");
    expect(await names()).toEqual([]);
    expect(getDb().$client.inTransaction).toBe(false);
  });

  it("runs bodies one after another, so one body's rollback never takes another's writes", async () => {
    const order: string[] = [];
    const first = transaction(async (tx) => {
      order.push("first starts");
      await execute(tx, sql`INSERT INTO scratch (name) VALUES ('first')`);
      await pause(20);
      order.push("first fails");
      throw new Error("first");
    });
    const second = transaction(async (tx) => {
      order.push("second starts");
      await execute(tx, sql`INSERT INTO scratch (name) VALUES ('second')`);
      return "ok";
    });
    await expect(first).rejects.toThrow("first");
    expect(await second).toBe("ok");
    expect(order).toEqual(["first starts", "first fails", "second starts"]);
    expect(await names()).toEqual(["second"]);
  });

  it("makes a nested call a savepoint: its failure undoes its own writes, the outer ones commit", async () => {
    await transaction(async (tx) => {
      await execute(tx, sql`INSERT INTO scratch (name) VALUES ('outer')`);
      await expect(
        transaction(async (inner) => {
          await execute(inner, sql`INSERT INTO scratch (name) VALUES ('inner')`);
          throw new Error("inner");
        }),
      ).rejects.toThrow("inner");
      await transaction(async (inner) => {
        await execute(inner, sql`INSERT INTO scratch (name) VALUES ('kept')`);
      });
    });
    expect(await names()).toEqual(["outer", "kept"]);
  });

  it("lets a body read its own writes before they commit", async () => {
    await transaction(async (tx) => {
      await execute(tx, sql`INSERT INTO scratch (name) VALUES ('mine')`);
      const found = await queryRow<{ n: number }>(tx, sql`SELECT count(*) AS n FROM scratch`);
      expect(Number(found?.n)).toBe(1);
    });
  });
});

describe("raw SQL", () => {
  it("says how many rows a statement changed", async () => {
    await execute(getDb(), sql`INSERT INTO scratch (name) VALUES ('a'), ('b'), ('c')`);
    expect(await execute(getDb(), sql`UPDATE scratch SET name = 'x' WHERE name <> 'c'`)).toBe(2);
    expect(await queryRow(getDb(), sql`SELECT name FROM scratch WHERE name = 'none'`)).toBeUndefined();
  });
});
