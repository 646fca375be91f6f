import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

/*
 * The data layer is asynchronous (issue 12): PostgreSQL answers every query with a promise, so a
 * query that waits synchronously, better-sqlite3's way, cannot run there. Queries are awaited
 * (`await db.select()…`), hand-written SQL goes through db/raw-sql.ts and transactions through
 * db/transaction.ts. The files below still wait synchronously; the list only shrinks: a listed
 * file that no longer does fails the check until its entry goes.
 */

const ROOT = path.resolve(__dirname, "../..");
const FOLDERS = ["lib", "db", "cli", "app", "components", "bench", "scripts", "e2e"];

/** drizzle's synchronous terminals, its synchronous raw SQL, and better-sqlite3's transaction. */
const SYNC = [
  /\.(get|all|run)\(\)/,
  /\.(get|all|run)\(\{/,
  /\b(db|tx|ex|executor|database|handle)\.(all|get|run|values)(<[^>]*>)?\(/,
  /\.transaction\(\s*(\(\s*\w*\s*\)|\w+)\s*=>/,
];

/** Files that own a driver and speak its own language, and why. */
const OWN_THE_DRIVER: Record<string, string> = {
  "db/raw-sql.ts": "runs hand-written SQL on each engine's driver",
  "db/transaction.ts": "opens and closes transactions on the SQLite connection",
  "db/client.ts": "opens the connection",
  "db/migrate.ts": "applies migrations through the driver's migrator",
  "cli/sqlite-backup.ts": "copies the SQLite file with better-sqlite3's online backup",
  "lib/testing/query-style.test.ts": "plants the uses its check looks for",
};

const STILL_SYNC: readonly string[] = [
  "bench/database-file-guard.ts",
  "bench/lib/invite-run.ts",
  "bench/lib/stored-responses.ts",
  "bench/results-timing.ts",
  "cli/commands/backup.test.ts",
  "cli/commands/panel-remind.test.ts",
  "cli/commands/setup-seed.test.ts",
  "cli/commands/survey-import-export.test.ts",
  "db/client.test.ts",
  "db/database-file-guard.test.ts",
  "db/database-unavailable.test.ts",
  "db/migrate.test.ts",
  "e2e/public-pages.spec.ts",
  "e2e/security-matrix.spec.ts",
  "e2e/security-resume-guard.spec.ts",
  "e2e/security-tokens.spec.ts",
  "e2e/support/enqueue-mail.ts",
  "e2e/support/results-publication-data.ts",
  "e2e/support/security-demo-data.ts",
  "lib/accounts/client-address.test.ts",
  "lib/accounts/data/operator-context.ts",
  "lib/accounts/data/sessions.ts",
  "lib/accounts/data/user-accounts.ts",
  "lib/accounts/data/users.ts",
  "lib/audit/data/audit.ts",
  "lib/demo/data/generate-responses.ts",
  "lib/demo/data/panels.test.ts",
  "lib/demo/data/panels.ts",
  "lib/demo/data/results-demo-fieldwork.ts",
  "lib/demo/data/results-demo.ts",
  "lib/demo/data/seed.test.ts",
  "lib/demo/data/seed.ts",
  "lib/fieldwork/data/fieldwork-test-support.ts",
  "lib/fieldwork/data/fieldwork.ts",
  "lib/fieldwork/data/invitation-access.ts",
  "lib/fieldwork/data/invitation-sending.ts",
  "lib/fieldwork/data/population-figures.ts",
  "lib/fieldwork/data/reminders.ts",
  "lib/fieldwork/data/response-monitoring.ts",
  "lib/fieldwork/data/sampling-frame.ts",
  "lib/fieldwork/data/survey-anonymity.ts",
  "lib/fieldwork/data/survey-transition.ts",
  "lib/mail/data/mail-admin.test.ts",
  "lib/mail/data/mail-admin.ts",
  "lib/mail/data/mail-delivery.ts",
  "lib/mail/data/mail-outbox.test.ts",
  "lib/mail/data/mail-outbox.ts",
  "lib/mail/data/worker.test.ts",
  "lib/moderation/data/open-answer-moderation.ts",
  "lib/moderation/data/open-answer-questions.ts",
  "lib/moderation/data/open-answer-quotes.ts",
  "lib/moderation/data/open-answer-sync.ts",
  "lib/moderation/data/open-answer-test-support.ts",
  "lib/moderation/data/open-answers.ts",
  "lib/panels/data/letter-codes.ts",
  "lib/panels/data/member-data-export.ts",
  "lib/panels/data/member-links.ts",
  "lib/panels/data/member-self-service-test-support.ts",
  "lib/panels/data/member-self-service.test.ts",
  "lib/panels/data/member-self-service.ts",
  "lib/panels/data/member-sessions.ts",
  "lib/panels/data/member-status.ts",
  "lib/panels/data/member-unsubscribe.ts",
  "lib/panels/data/panel-leave.test.ts",
  "lib/panels/data/panel-member-import.ts",
  "lib/panels/data/panel-member-list.ts",
  "lib/panels/data/panel-members.ts",
  "lib/panels/data/panel-signup.ts",
  "lib/panels/data/panel-test-support.ts",
  "lib/panels/data/panels.test.ts",
  "lib/panels/data/panels.ts",
  "lib/panels/data/postcode-districts.ts",
  "lib/panels/data/public-panels.ts",
  "lib/panels/data/stored-member-tokens.ts",
  "lib/rate-limit/data/rate-limit.ts",
  "lib/responses/data/anonymous-response-trail.ts",
  "lib/responses/data/response-completion.ts",
  "lib/responses/data/responses.ts",
  "lib/results/data/anonymous-panel-attributes.ts",
  "lib/results/data/microdata-export-generated-test-support.ts",
  "lib/results/data/microdata-export-test-support.ts",
  "lib/results/data/microdata-export.ts",
  "lib/results/data/publication-protection.ts",
  "lib/results/data/result-cells-test-support.ts",
  "lib/results/data/result-cells.ts",
  "lib/results/data/result-publication-source.ts",
  "lib/results/data/result-publication.ts",
  "lib/results/data/result-settings.ts",
  "lib/results/data/survey-results-query.ts",
  "lib/results/data/survey-results-weighting.ts",
  "lib/results/data/survey-results.ts",
  "lib/results/protection-audit.ts",
  "lib/review/data/advice-publication.ts",
  "lib/review/data/advice-responses.ts",
  "lib/review/data/advice.ts",
  "lib/review/data/review-access.ts",
  "lib/review/data/review-comments.ts",
  "lib/review/data/review-rounds.ts",
  "lib/review/data/review-test-support.ts",
  "lib/surveys/data/open-survey-row-test-support.ts",
  "lib/surveys/data/public-surveys.ts",
  "lib/surveys/data/staff-surveys.ts",
  "lib/surveys/data/survey-anonymity.ts",
  "lib/surveys/data/survey-concepts.ts",
  "lib/surveys/data/survey-drafts.ts",
  "lib/surveys/data/survey-import.ts",
  "lib/surveys/data/survey-lifecycle.ts",
  "lib/surveys/data/survey-overview.ts",
  "lib/surveys/data/survey-timeline.ts",
  "lib/surveys/data/survey-versions.ts",
];

function sourceFiles(): string[] {
  return FOLDERS.flatMap((folder) =>
    fs.existsSync(path.join(ROOT, folder))
      ? fs
          .readdirSync(path.join(ROOT, folder), { recursive: true, encoding: "utf8" })
          .map((file) => `${folder}/${file}`)
          .filter((file) => /\.(ts|tsx|mts|mjs)$/.test(file) && !file.includes("node_modules"))
      : [],
  );
}

function waitsSynchronously(text: string): boolean {
  return SYNC.some((pattern) => pattern.test(text));
}

describe("the data layer waits for the database asynchronously", () => {
  const files = sourceFiles().filter(
    (file) => file !== "lib/testing/sync-queries.test.ts" && !(file in OWN_THE_DRIVER),
  );
  const sync = files.filter((file) => waitsSynchronously(fs.readFileSync(path.join(ROOT, file), "utf8")));

  it("in every file but those still listed", () => {
    expect(files.length).toBeGreaterThan(300);
    expect(sync.filter((file) => !STILL_SYNC.includes(file))).toEqual([]);
  });

  it("and the list holds no file that has moved on", () => {
    expect(STILL_SYNC.filter((file) => !sync.includes(file))).toEqual([]);
  });

  it("recognises each synchronous form, and not the asynchronous ones", () => {
    expect(waitsSynchronously("const row = db.select().from(users).where(eq(users.id, id)).get();")).toBe(
      true,
    );
    expect(waitsSynchronously("statement.all({ surveyId })")).toBe(true);
    expect(waitsSynchronously("tx.run(sql`DELETE FROM audit_log`)")).toBe(true);
    expect(waitsSynchronously("return db.transaction((tx) => {")).toBe(true);
    expect(waitsSynchronously("getDb().transaction(() => {")).toBe(true);
    expect(waitsSynchronously("const [row] = await db.select().from(users).limit(1);")).toBe(false);
    expect(waitsSynchronously("await transaction(async (tx) => {")).toBe(false);
    expect(waitsSynchronously("await rows<{ n: number }>(tx, sql`SELECT 1`)")).toBe(false);
    expect(waitsSynchronously("const seen = counts.get(key);")).toBe(false);
  });
});
