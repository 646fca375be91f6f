import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runCli, tempFolder } from "../testing/run-cli";

// The delivery itself is tested in lib/mail/data/worker.test.ts (also through this command, with two
// processes at once); here: what an operator sees when something is missing.
const folder = tempFolder();
afterAll(() => folder.cleanup());

describe("peiling mail:work", () => {
  it("without SMTP_URL explains that mail stays in the outbox", async () => {
    const db = path.join(folder.dir, "no-smtp.db");
    expect((await runCli(["setup", "--quiet"], { db })).code).toBe(0);
    const previous = process.env.SMTP_URL;
    delete process.env.SMTP_URL;
    try {
      const run = await runCli(["mail:work", "--once"], { db });
      expect(run.code).toBe(1);
      expect(run.stderr).toMatch(/^error: SMTP_URL is not set.*messages stay in the outbox/);
    } finally {
      if (previous !== undefined) process.env.SMTP_URL = previous;
    }
  }, 60_000);

  it("rejects an unknown option with its usage line", async () => {
    const run = await runCli(["mail:work", "--twice"], { db: path.join(folder.dir, "x.db") });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("Usage: peiling mail:work [--once]");
  });
});
