import { describe, expect, it } from "vitest";
import { setUpTempDatabase } from "../lib/testing/temp-database";
import { getDb } from "./client";
import { transaction } from "./transaction";
import { describeTransactions } from "./transaction-test-support";

setUpTempDatabase("transaction");

describeTransactions();

describe("a transaction on SQLite", () => {
  it("leaves the connection outside a transaction after a failed body", async () => {
    await expect(
      transaction(async () => {
        throw new Error("refused");
      }),
    ).rejects.toThrow("refused");
    expect(getDb().$client.inTransaction).toBe(false);
  });
});
