import fs from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import { runCli, tempFolder } from "./testing/run-cli";

const { dir, cleanup } = tempFolder();
const db = path.join(dir, "none.db");
afterAll(cleanup);

describe("command line", () => {
  it("shows the usage text for help and for no command", async () => {
    for (const args of [["help"], []]) {
      const run = await runCli(args, { db });
      expect(run.code).toBe(0);
      expect(run.stdout).toContain("Usage: npm run peiling -- <command>");
      expect(run.stdout).toContain("survey:import");
    }
  });

  it("exits non-zero with the usage text for an unknown command", async () => {
    const run = await runCli(["frobnicate"], { db });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('unknown command "frobnicate"');
    expect(run.stderr).toContain("Usage: npm run peiling -- <command>");
  });

  it("reports an unknown option or a missing argument as a usage error, without a stack trace", async () => {
    const option = await runCli(["backup", "x.db", "--fast"], { db });
    expect(option.code).toBe(2);
    expect(option.stderr).toContain("--fast");
    expect(option.stderr).toContain("Usage: peiling backup <file> [--force]");
    expect(option.stderr).not.toMatch(/\n\s+at /);

    const missing = await runCli(["survey:export"], { db });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("missing argument: <slug>");
  });

  it("refuses a DATABASE_URL that names PostgreSQL, with what to do, and creates no SQLite file", async () => {
    vi.stubEnv("DATABASE_URL", "postgresql://postgres@127.0.0.1:5432/peiling");
    try {
      const run = await runCli(["migrate"], { db });
      expect(run.code).toBe(1);
      expect(run.stderr).toContain("running on PostgreSQL is not wired in yet (issue 12)");
      expect(run.stderr).toContain("unset DATABASE_URL to run on SQLite");
      expect(run.stderr).not.toMatch(/\n\s+at /);
      expect(fs.existsSync(db)).toBe(false);
    } finally {
      vi.unstubAllEnvs();
    }
  });
});
