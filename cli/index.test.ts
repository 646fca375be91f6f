import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
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
});
