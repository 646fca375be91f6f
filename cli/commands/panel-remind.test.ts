import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { runCli, tempFolder } from "../testing/run-cli";

// The run's rules are tested in lib/fieldwork/data/reminders.test.ts; here: the command as operators use it.
const folder = tempFolder();
afterAll(() => folder.cleanup());

const DAY = 24 * 60 * 60 * 1000;

/** An open survey with a round sent at `sentAt` to three members: one completed, one paused. */
function seedRound(file: string, sentAt: number): void {
  const db = new Database(file);
  try {
    db.exec(`
      INSERT INTO surveys (id, slug, title, status) VALUES (1, 'wonen', 'Wonen', 'open');
      INSERT INTO panels (id, slug, name, description, privacy_text) VALUES (1, 'digi', 'het Digipanel', 'd', 'p');
      INSERT INTO panel_members (id, panel_id, email, birth_year, sex, status, joined_via) VALUES
        (1, 1, 'klaar@example.nl', 1970, 'vrouw', 'active', 'staff'),
        (2, 1, 'pauze@example.nl', 1970, 'man', 'paused', 'staff'),
        (3, 1, 'wacht@example.nl', 1970, 'man', 'active', 'staff');
    `);
    db.prepare(
      "INSERT INTO invitation_rounds (id, survey_id, panel_id, sample, reminder_days, created_at) VALUES (1, 1, 1, '{}', '[7]', ?)",
    ).run(sentAt);
    const invite = db.prepare(
      "INSERT INTO invitations (round_id, survey_id, panel_id, member_id, token_hash, created_at, used_at) VALUES (1, 1, 1, ?, ?, ?, ?)",
    );
    invite.run(1, "h1", sentAt, sentAt + DAY);
    invite.run(2, "h2", sentAt, null);
    invite.run(3, "h3", sentAt, null);
  } finally {
    db.close();
  }
}

describe("peiling panel:remind", () => {
  it("queues the reminders due at --now, once", async () => {
    const file = path.join(folder.dir, "remind.db");
    expect((await runCli(["migrate"], { db: file })).code).toBe(0);
    const sentAt = Date.parse("2026-03-02T09:00:00Z");
    seedRound(file, sentAt);

    const early = await runCli(["panel:remind", "--now", "2026-03-08T09:00:00Z"], { db: file });
    expect(early.stdout).toContain("Reminders queued: 0");
    const due = await runCli(["panel:remind", "--now", "2026-03-09T10:00:00Z"], { db: file });
    expect(due.code).toBe(0);
    expect(due.stdout).toContain("Reminders queued: 1 (rounds with a reminder due: 1).");
    const again = await runCli(["panel:remind", "--now", "2026-03-10T10:00:00Z"], { db: file });
    expect(again.stdout).toContain("Reminders queued: 0");

    const db = new Database(file, { readonly: true });
    try {
      expect(db.prepare("SELECT to_address AS a, template AS t FROM mail_outbox").all()).toEqual([
        { a: "wacht@example.nl", t: "reminder" },
      ]);
    } finally {
      db.close();
    }
  }, 60_000);

  it("refuses a --now that is not a date, with its usage line", async () => {
    const run = await runCli(["panel:remind", "--now", "volgende week"], {
      db: path.join(folder.dir, "x.db"),
    });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("--now is not a date and time");
    expect(run.stderr).toContain("Usage: peiling panel:remind");
  });
});
