import fs from "node:fs";
import { describe, expect, it, vi } from "vitest";
import { setUpTempDatabase } from "@/lib/testing/temp-database";
import { databaseHealth } from "./database-health";

const { file } = setUpTempDatabase("health");

describe("the database's health", () => {
  it("names the engine and says the database answers", async () => {
    expect(await databaseHealth()).toEqual({ engine: "sqlite", answers: true });
  });

  it("says the database does not answer once its file is gone, and logs why", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(file + suffix, { force: true });
    expect(await databaseHealth()).toEqual({ engine: "sqlite", answers: false });
    expect(log).toHaveBeenCalled();
    log.mockRestore();
  });
});
