import fs from "node:fs";
import { describe, expect, it, vi } from "vitest";
import { closeDb } from "@/db/client";
import { onPostgres } from "@/db/dialect";
import { setUpTempDatabase } from "@/lib/testing/temp-database";
import { databaseHealth } from "./database-health";

const { file } = setUpTempDatabase("health");
const engine = onPostgres() ? "postgresql" : "sqlite";

describe("the database's health", () => {
  it("names the engine and says the database answers", async () => {
    expect(await databaseHealth()).toEqual({ engine, answers: true });
  });

  it.runIf(engine === "sqlite")(
    "says the database does not answer once its file is gone, and logs why",
    async () => {
      const log = vi.spyOn(console, "error").mockImplementation(() => {});
      for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(file + suffix, { force: true });
      expect(await databaseHealth()).toEqual({ engine: "sqlite", answers: false });
      expect(log).toHaveBeenCalled();
      log.mockRestore();
    },
  );

  it.runIf(engine === "postgresql")(
    "says the database does not answer when the server refuses it, and logs why",
    async () => {
      const log = vi.spyOn(console, "error").mockImplementation(() => {});
      const url = process.env.DATABASE_URL ?? "";
      await closeDb();
      // The same server, a database that does not exist: the server answers the connection with an error.
      process.env.DATABASE_URL = url.replace(/\/[^/]+$/, "/peiling_no_such_database");
      try {
        expect(await databaseHealth()).toEqual({ engine: "postgresql", answers: false });
        expect(log).toHaveBeenCalled();
      } finally {
        await closeDb();
        process.env.DATABASE_URL = url;
        log.mockRestore();
      }
    },
  );
});
