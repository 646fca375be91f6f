import crypto from "node:crypto";
import { type Browser, expect, type Page, test } from "@playwright/test";
import { ROUTE_RULES, type SpreadsheetFormat } from "../lib/accounts/route-permissions";
import { logInAs } from "./support/auth";
import { expectNoAxeViolations } from "./support/axe";
import { queryE2eDb } from "./support/db";
import { createE2ePanel } from "./support/panel-members";
import { writeE2eDb } from "./support/security-demo-data";
import { csvCells, FORMULA_PAYLOADS, withFormula, xlsxCells } from "./support/security-spreadsheets";
import {
  importChangedCopy,
  insertOpenAnswers,
  publishChangedSnapshot,
  setSurveyStatus,
} from "./support/security-xss-data";

/*
 * Formula injection in every download: each route the route table (lib/accounts/route-permissions.ts)
 * marks as a spreadsheet download gets user text that starts with = + - @, a tab or a carriage
 * return, and every CSV and XLSX file it gives is read back: no cell a spreadsheet would run.
 * A new download route marked in the table fails here until it has a fixture below.
 */

/** A unit is at most 40 characters: it gets a short formula. */
const formulaDefinition = (text: string, key: string) =>
  key === "unit" ? `=1+1 ${text}` : withFormula(text);

type Fetcher = (format: SpreadsheetFormat) => Promise<Buffer>;
type Fixture = {
  /** Puts formula payloads into the user text this download shows; returns how to fetch a file. */
  prepare: (staff: Page) => Promise<Fetcher>;
  /** False when no user text reaches the file (then only the absence of formulas is checked). */
  userText: boolean;
};

const tag = crypto.randomBytes(3).toString("hex");

/** A file as a signed-in staff member's browser gets it (a POST same-origin, as the page's own form). */
async function fetched(staff: Page, path: string, form?: Record<string, string>): Promise<Buffer> {
  const request = staff.context().request;
  const response = form
    ? await request.post(path, { multipart: form, headers: { Origin: new URL(staff.url()).origin } })
    : await request.get(path);
  expect(response.status(), path).toBe(200);
  expect(response.headers()["content-disposition"] ?? "", path).toContain("attachment");
  return Buffer.from(await response.body());
}

const FIXTURES: Record<string, Fixture> = {
  // Published tables: survey, question and answer texts, summary, advice, all from staff.
  "/resultaten/[slug]/download/[format]": {
    userText: true,
    prepare: async (staff) => {
      const slug = `formule-resultaten-${tag}`;
      importChangedCopy("sociaal-domein-2025", slug, formulaDefinition);
      publishChangedSnapshot(slug, "sociaal-domein-2025", withFormula);
      return (format) => fetched(staff, `/resultaten/${slug}/download/${format}`);
    },
  },
  // Microdata: question titles and answer labels (staff) and approved open answers (residents).
  "/beheer/surveys/[id]/resultaten/export/bestand": {
    userText: true,
    prepare: async (staff) => {
      const slug = `formule-microdata-${tag}`;
      const { id } = importChangedCopy("sociaal-domein-2026", slug, formulaDefinition);
      setSurveyStatus(slug, "closed");
      const texts = Array.from({ length: 12 }, (_, i) => withFormula(`tip ${i}`));
      const responseIds = insertOpenAnswers(slug, texts);
      writeE2eDb((db) => {
        const review = db.prepare(
          `insert into open_answer_reviews (survey_id, response_id, question_id, item, status, redacted_text)
           values (?, ?, 'tips-gemeente', '', 'approved', ?)`,
        );
        responseIds.forEach((responseId, i) => {
          review.run(id, responseId, texts[i]);
        });
      });
      return (format) =>
        fetched(staff, `/beheer/surveys/${id}/resultaten/export/bestand`, {
          format,
          forPublication: "0",
        });
    },
  },
  // The letter printer's file: generated codes and links only; made through the staff page.
  "/beheer/panels/[id]/lettercodes/[batchId]/csv": {
    userText: false,
    prepare: async (staff) => {
      const panel = createE2ePanel({ label: "formule" });
      await staff.goto(`/beheer/panels/${panel.id}/lettercodes`);
      await expectNoAxeViolations(staff);
      await staff.getByLabel("Aantal codes").fill("3");
      await staff.getByLabel("Notitie").fill(withFormula("brief"));
      await staff.getByRole("button", { name: "Codes maken" }).click();
      await expect(staff.getByRole("status")).toContainText("3 codes gemaakt");
      await expectNoAxeViolations(staff);
      const batch = queryE2eDb<{ id: number }>(
        "select id from letter_code_batches where panel_id = ? order by id desc limit 1",
        panel.id,
      )[0] as { id: number };
      return () => fetched(staff, `/beheer/panels/${panel.id}/lettercodes/${batch.id}/csv`);
    },
  },
};

async function staffPage(browser: Browser): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await logInAs(page, "staff");
  return page;
}

test("the checks catch a formula cell (control)", () => {
  expect(csvCells('a;=1+1;"@x";-3;\'=2\r\n').dangerous).toEqual(['"=1+1"', '"@x"']);
  expect(csvCells("a;'=1+1\r\n").neutralised).toBe(1);
});

test("every spreadsheet download neutralises cells that start with = + - @, a tab or a carriage return", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const downloads = Object.entries(ROUTE_RULES).filter(([, rule]) => rule.spreadsheet);
  expect(downloads.length).toBeGreaterThan(0);
  expect(
    downloads.map(([pattern]) => pattern).filter((pattern) => !FIXTURES[pattern]),
    "download routes without a fixture in e2e/security-downloads.spec.ts",
  ).toEqual([]);

  const staff = await staffPage(browser);
  const failures: string[] = [];
  for (const [pattern, rule] of downloads) {
    const fixture = FIXTURES[pattern] as Fixture;
    const fetch = await fixture.prepare(staff);
    for (const format of rule.spreadsheet ?? []) {
      const file = await fetch(format);
      if (format === "csv") {
        const { dangerous, neutralised } = csvCells(file.toString("utf8"));
        if (dangerous.length)
          failures.push(`${pattern} (csv): cells run as formulas: ${dangerous.slice(0, 5)}`);
        if (fixture.userText && neutralised === 0)
          failures.push(`${pattern} (csv): no payload reached the file`);
      } else {
        const { formulas, texts } = xlsxCells(file);
        if (formulas.length) failures.push(`${pattern} (xlsx): formula cells: ${formulas.slice(0, 5)}`);
        // User text is there, as text: a spreadsheet shows it and never runs it.
        const carried = texts.filter((t) => FORMULA_PAYLOADS.some((p) => t.includes(p.trim())));
        if (fixture.userText && carried.length === 0)
          failures.push(`${pattern} (xlsx): no payload reached the file`);
      }
    }
  }
  expect(failures).toEqual([]);
  await staff.context().close();
});
