import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { type Browser, expect, type Locator, type Page, test } from "@playwright/test";
import Database from "better-sqlite3";
import { parseCsv } from "../lib/panel/csv";
import { logInAs } from "./support/auth";
import { expectNoAxeViolations, expectNoAxeViolationsWithoutJs } from "./support/axe";
import { E2E_DB_FILE, openE2eDb } from "./support/db";
import { nextPage } from "./support/survey";

// The acceptance journey of publication (issue 5): a survey with responses is closed, the open
// answers are moderated (a planted email address and phone number caught and redacted, picked as a
// quote), the results are published, and the public page shows the numbers with small cells as
// "< 5", the quote redacted, the Adviesraad's advice and the official response point by point; the
// CSV download holds the published numbers; an open survey's results address is a 404; withdrawing
// takes it all offline again. Every page visited is scanned with axe.
//
// The survey is a copy of the demo survey of its own (so other journeys keep the demo open). Its
// responses: one through the resident's pages (with the open answer to moderate), 40 more written
// by the response generator (bench/generate-responses.ts), since answering is covered elsewhere.
// The advice is written into the database: the review cycle has its own journey.

test.describe.configure({ mode: "serial" });

const SOURCE = "sociaal-domein-2026";
const SLUG = "sociaal-domein-publicatie";
const EMAIL = "marieke.jansen@example.nl";
const PHONE = "06-87654321";
const TIP = `Mail mij op ${EMAIL} of bel ${PHONE}, dan help ik mee in het buurthuis.`;
const REDACTED = "Mail mij op [e-mailadres] of bel [telefoonnummer], dan help ik mee in het buurthuis.";
const SUMMARY = "Bijna de helft van de inwoners zocht het afgelopen jaar hulp.";
const POINT_1 = "Vraag of mensen weten waar ze terechtkunnen met een vraag over zorg.";
const POINT_2 = "Vraag naar het inkomen van het huishouden.";
const REASON_2 = "Inkomen vragen we niet: dat is niet nodig voor dit onderzoek.";

// --- the database ----------------------------------------------------------------------------

function query<T>(sql: string, ...params: unknown[]): T[] {
  const db = openE2eDb();
  try {
    return db.prepare(sql).all(...params) as T[];
  } finally {
    db.close();
  }
}

function write(run: (db: Database.Database) => void): void {
  const db = new Database(E2E_DB_FILE);
  db.pragma("busy_timeout = 5000");
  try {
    db.transaction(() => run(db))();
  } finally {
    db.close();
  }
}

const survey = () =>
  query<{ id: number; title: string; status: string; versionId: number }>(
    "select id, title, status, current_version_id as versionId from surveys where slug = ?",
    SLUG,
  )[0] as { id: number; title: string; status: string; versionId: number };

function cli(script: string, ...args: string[]): string {
  return execFileSync(process.execPath, ["--conditions=react-server", "--import", "tsx", script, ...args], {
    env: { ...process.env, PEILING_DB: E2E_DB_FILE },
  }).toString();
}

/** A copy of the demo survey under its own slug, open to residents (as opening would leave it). */
function openCopyOfDemo(): void {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "peiling-e2e-"));
  const file = path.join(dir, `${SLUG}.json`);
  try {
    const definition = JSON.parse(cli("cli/index.ts", "survey:export", SOURCE));
    definition.title = `${definition.title} (publicatie)`;
    fs.writeFileSync(file, JSON.stringify(definition));
    cli("cli/index.ts", "survey:import", file, "--slug", SLUG);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  write((db) => {
    const now = Date.now();
    db.prepare("update surveys set status = 'open', opens_at = ? where slug = ?").run(
      now - 14 * 86_400_000,
      SLUG,
    );
    db.prepare(
      "update survey_versions set frozen_at = ? where id = (select current_version_id from surveys where slug = ?)",
    ).run(now, SLUG);
  });
}

/** The Adviesraad's submitted advice on version 1 with two points, and the final official response. */
function adviceWithResponse(): void {
  const { id, versionId } = survey();
  write((db) => {
    const now = Date.now();
    const round = db
      .prepare(
        "insert into review_rounds (survey_id, version_id, shared_at, advice_deadline, closed_at) values (?, ?, ?, ?, ?)",
      )
      .run(
        id,
        versionId,
        now - 30 * 86_400_000,
        now - 20 * 86_400_000,
        now - 18 * 86_400_000,
      ).lastInsertRowid;
    const advice = db
      .prepare(
        "insert into advice (survey_id, review_round_id, introduction, status, submitted_at, late) values (?, ?, ?, 'submitted', ?, 0)",
      )
      .run(
        id,
        round,
        "De Adviesraad las de vragenlijst met inwoners uit de wijken.",
        now - 21 * 86_400_000,
      ).lastInsertRowid;
    const point = db.prepare(
      "insert into advice_points (advice_id, number, body, question_ids) values (?, ?, ?, ?)",
    );
    const first = point.run(advice, 1, POINT_1, JSON.stringify(["weet-waar-terecht"])).lastInsertRowid;
    const second = point.run(advice, 2, POINT_2, "[]").lastInsertRowid;
    const response = db
      .prepare(
        "insert into advice_responses (advice_id, introduction, status, finalized_at) values (?, ?, 'final', ?)",
      )
      .run(advice, "Wij danken de Adviesraad voor het advies.", now - 19 * 86_400_000).lastInsertRowid;
    const answer = db.prepare(
      "insert into advice_response_points (response_id, point_id, verdict, explanation) values (?, ?, ?, ?)",
    );
    answer.run(response, first, "overgenomen", "");
    answer.run(response, second, "niet_overgenomen", REASON_2);
  });
}

/** Completed responses per option of a single-choice question of this survey, from the stored answers. */
function choiceCounts(questionId: string): Map<string, number> {
  const rows = query<{ choice: string; n: number }>(
    `select json_extract(a.value, '$.choice') as choice, count(*) as n from answers a
     join responses r on r.id = a.response_id
     where r.survey_id = ? and r.status = 'completed' and a.question_id = ? group by choice`,
    survey().id,
    questionId,
  );
  return new Map(rows.map((r) => [r.choice, r.n]));
}

/** What a published count cell may show: the number itself, "< 5" when it is 1–4, or "x" (a complement). */
function expectedCell(count: number): RegExp {
  if (count > 0 && count < 5) return /^< 5$/;
  return new RegExp(`^(${count}|x)$`);
}

// --- the resident and the staff pages ----------------------------------------------------------

async function answerWithOpenTip(browser: Browser): Promise<void> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`/s/${SLUG}`);
  await page.getByRole("button", { name: "Start de vragenlijst" }).click();
  await expect(page).toHaveURL(/\/vraag\/over-u$/);
  await page.getByLabel("Hoe oud bent u?").fill("52");
  await nextPage(page, "problemen");
  await nextPage(page, "hulp-zoeken");
  await page
    .getByRole("group", { name: /Heeft u het afgelopen jaar hulp gezocht/ })
    .getByLabel("Nee, dat was niet nodig")
    .check();
  for (const id of ["meedoen", "positieve-gezondheid", "tot-slot"]) await nextPage(page, id);
  await page.getByLabel(/Heeft u nog tips of ideeën/).fill(TIP);
  await page.getByRole("button", { name: "Versturen" }).click();
  await expect(page).toHaveURL(/\/klaar$/);
  await context.close();
}

/** A publication's link on /resultaten ("Bekijk de resultaten", the survey's title read out after it). */
const resultsLink = (page: Page, title: string): Locator =>
  page.getByRole("link", {
    name: new RegExp(`^Bekijk de resultaten\\s*: ${title.replace(/[()]/g, "\\$&")}$`),
  });

const errorSummary = (page: Page) => page.getByRole("alert", { name: "Dit ging niet goed" });

const answerWith = (page: Page, text: string): Locator =>
  page.getByRole("article").filter({ has: page.locator("blockquote", { hasText: text }) });

/** The row of an answer in a question's table on the results page. */
const resultRow = (page: Page, questionNumber: number, answer: string): Locator =>
  page
    .getByRole("table", { name: new RegExp(`^Antwoorden op vraag ${questionNumber} `) })
    .getByRole("row", { name: new RegExp(`^${answer}`) });

test("a closed survey's results are published, with small cells hidden, the quote redacted and the advice with its response", async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  openCopyOfDemo();
  await answerWithOpenTip(browser);
  cli("bench/generate-responses.ts", "--slug", SLUG, "--count", "40", "--seed", "7");
  adviceWithResponse();
  const { id, title } = survey();

  // While the survey is open there are no public results.
  await page.goto(`/resultaten/${SLUG}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Pagina niet gevonden");
  await expectNoAxeViolations(page);

  // Staff close the survey on its overview; the next step offered is publishing, on its own page.
  await logInAs(page, "staff");
  await page.goto(`/beheer/surveys/${id}`);
  await page.getByRole("button", { name: "Sluiten" }).click();
  await expect(page.getByRole("status").filter({ hasText: "De enquête is gesloten." })).toBeVisible();
  const nextStep = page.getByRole("region", { name: "Volgende stap" });
  await expect(nextStep.getByRole("button", { name: "Resultaten publiceren" })).toHaveCount(0);
  await expectNoAxeViolations(page);

  // Moderation: the planted email address and phone number are found and redacted; approved as a quote.
  await page.goto(`/beheer/surveys/${id}/resultaten/open-antwoorden/tips-gemeente`);
  const answer = answerWith(page, EMAIL);
  await expect(answer.locator("mark", { hasText: EMAIL })).toContainText("(e-mailadres)");
  await expect(answer.locator("mark", { hasText: PHONE })).toContainText("(telefoonnummer)");
  await expect(answer.getByLabel("Tekst om te publiceren")).toHaveValue(REDACTED);
  await expectNoAxeViolations(page);
  await answer.getByRole("button", { name: /Goedkeuren/ }).click();
  await expect(page.getByRole("status").filter({ hasText: /is goedgekeurd/ })).toBeVisible();
  await page.getByRole("link", { name: "Bekijk het bij ‘Goedgekeurd’" }).click();
  await answerWith(page, EMAIL)
    .getByRole("button", { name: /Als citaat gebruiken/ })
    .click();
  await expect(page.getByRole("status").filter({ hasText: /wordt als citaat gebruikt/ })).toBeVisible();

  // The publish page: status, summary, and a preview in which staff see "< 5" already.
  await page.goto(`/beheer/surveys/${id}`);
  await nextStep.getByRole("link", { name: "Resultaten publiceren" }).click();
  await expect(page).toHaveURL(new RegExp(`/beheer/surveys/${id}/resultaten/publiceren$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Resultaten publiceren");
  await expect(page.getByText("De resultaten zijn nog niet openbaar.")).toBeVisible();
  const preview = page.getByRole("region", { name: "Voorbeeld van de openbare pagina" });
  await expect(preview.getByRole("cell", { name: "< 5" }).first()).toBeVisible();
  await expect(preview.getByText(REDACTED)).toBeVisible();
  await expectNoAxeViolations(page);

  // Publishing needs a summary and a ticked confirmation.
  await page.getByRole("button", { name: "Resultaten publiceren" }).click();
  await expect(errorSummary(page)).toContainText("Schrijf een samenvatting.");
  await expectNoAxeViolations(page);
  await page.getByLabel("Samenvatting voor de openbare pagina").fill(SUMMARY);
  await page.getByRole("button", { name: "Samenvatting opslaan" }).click();
  await expect(page.getByRole("status").filter({ hasText: "De samenvatting is opgeslagen." })).toBeVisible();
  await page.getByRole("button", { name: "Resultaten publiceren" }).click();
  await expect(errorSummary(page)).toContainText("Vink aan dat u het voorbeeld hebt gecontroleerd.");
  await page.getByLabel(/Ik heb het voorbeeld gecontroleerd/).check();
  await page.getByRole("button", { name: "Resultaten publiceren" }).click();
  await expect(
    page.getByRole("status").filter({ hasText: "De resultaten zijn gepubliceerd." }),
  ).toBeVisible();
  await expect(page.getByRole("region", { name: "Wat nu openbaar is" })).toBeVisible();
  await expectNoAxeViolations(page);
  expect(survey().status).toBe("published");

  // The public page, without signing in: listed, and linked from the home page.
  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto("/");
  await visitor.getByRole("link", { name: "Naar de resultaten" }).click();
  await expect(visitor.getByRole("heading", { level: 1 })).toHaveText("Resultaten van enquêtes");
  await expectNoAxeViolations(visitor);
  await resultsLink(visitor, title).click();
  await expect(visitor).toHaveURL(new RegExp(`/resultaten/${SLUG}$`));
  await expect(visitor.getByRole("heading", { level: 1 })).toHaveText(`Resultaten: ${title}`);
  await expect(visitor.getByText(SUMMARY)).toBeVisible();
  await expect(visitor.getByText("41 mensen hebben de enquête helemaal ingevuld.")).toBeVisible();
  await expectNoAxeViolations(visitor);

  // The numbers: "Heeft u het afgelopen jaar hulp gezocht?" (question 8, everyone answered it).
  const helped = choiceCounts("hulp-gezocht");
  const labels: [string, string][] = [
    ["ja", "Ja"],
    ["nee-niet-nodig", "Nee, dat was niet nodig"],
    ["nee-wel-nodig", "Nee, maar ik had wel hulp nodig"],
  ];
  for (const [value, label] of labels) {
    await expect(resultRow(visitor, 8, label).getByRole("cell").nth(1)).toHaveText(
      expectedCell(helped.get(value) ?? 0),
    );
  }
  // A cell of 1 to 4 people shows as "< 5", its meaning explained in words under the table.
  const small = ["huishouden", "zelf-meegemaakt", "weet-waar-terecht", "vrijwilligerswerk", "hulp-gezocht"]
    .map((questionId) => ({ questionId, counts: choiceCounts(questionId) }))
    .find(({ counts }) => [...counts.values()].some((n) => n > 0 && n < 5));
  expect(small, "a question with a small cell").toBeDefined();
  await expect(visitor.getByRole("cell", { name: "< 5", exact: true }).first()).toBeVisible();
  await expect(
    visitor
      .getByText(
        "< 5: minder dan dit aantal mensen. We tonen het precieze aantal niet, zodat niemand herkenbaar is.",
      )
      .first(),
  ).toBeVisible();

  // The quote, redacted; the resident's email address and phone number appear nowhere.
  const quotes = visitor.getByRole("region", { name: "Wat inwoners zeggen" });
  await expect(quotes.getByRole("blockquote")).toHaveText(REDACTED);
  await expect(visitor.locator("body")).not.toContainText(EMAIL);
  await expect(visitor.locator("body")).not.toContainText(PHONE);

  // The advice and the official response, point by point.
  const advice = visitor.getByRole("region", { name: "Advies van de Adviesraad en reactie van de gemeente" });
  await expect(advice).toContainText("Wij danken de Adviesraad voor het advies.");
  const points = advice.getByRole("listitem");
  await expect(points.nth(0)).toContainText(POINT_1);
  await expect(points.nth(0)).toContainText("Besluit van de gemeente: Overgenomen");
  await expect(points.nth(1)).toContainText(POINT_2);
  await expect(points.nth(1)).toContainText("Besluit van de gemeente: Niet overgenomen");
  await expect(points.nth(1)).toContainText(REASON_2);

  // One breakdown at a time, chosen with a plain GET form.
  await visitor.getByLabel("Resultaten bekijken per").selectOption({ label: "manier van meedoen" });
  await visitor.getByRole("button", { name: "Toon" }).click();
  await expect(visitor).toHaveURL(/\?uitsplitsing=channel/);
  await expect(visitor.getByText("U ziet de resultaten per manier van meedoen.")).toBeVisible();
  await expect(visitor.getByRole("table", { name: "Vraag 8 per manier van meedoen" })).toBeVisible();
  await expectNoAxeViolations(visitor);

  // The CSV download opens with the published numbers (and the same marks).
  const [download] = await Promise.all([
    visitor.waitForEvent("download"),
    visitor.getByRole("link", { name: "Tabellen als CSV" }).click(),
  ]);
  expect(download.suggestedFilename()).toBe(`${SLUG}-resultaten.csv`);
  const parsed = parseCsv(fs.readFileSync(await download.path(), "utf8"));
  if (!parsed.ok) throw new Error("the CSV does not parse");
  const [header, ...records] = parsed.records.map((r) => r.fields);
  expect(header).toEqual([
    "Vraagnummer",
    "Vraag",
    "Stelling",
    "Uitsplitsing",
    "Groep",
    "Antwoord",
    "Aantal",
    "Percentage",
    "Gewogen percentage",
    "Waarde",
  ]);
  for (const [value, label] of labels) {
    const record = records.find((r) => r[0] === "8" && r[3] === "Alle deelnemers" && r[5] === label);
    expect(record?.[6], label).toMatch(expectedCell(helped.get(value) ?? 0));
  }
  expect(records.some((r) => r[6] === "< 5")).toBe(true);

  // Without JavaScript the page is the same report (tables instead of charts).
  const noJs = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
  await noJs.goto(`/resultaten/${SLUG}`);
  await expect(noJs.getByRole("table", { name: /^Antwoorden op vraag 8 / })).toBeVisible();
  await expectNoAxeViolationsWithoutJs(noJs);

  // An open survey's results address: 404.
  await visitor.goto(`/resultaten/${SOURCE}`);
  await expect(visitor.getByRole("heading", { level: 1 })).toHaveText("Pagina niet gevonden");
  const open = await visitor.request.get(`/resultaten/${SOURCE}/download/csv`);
  expect(open.status()).toBe(404);
  await expectNoAxeViolations(visitor);

  // Withdrawing: confirmed, then the page and its downloads are gone.
  await page.getByRole("button", { name: "Publicatie intrekken" }).click();
  await expect(errorSummary(page)).toContainText("Vink aan dat u de publicatie wilt intrekken.");
  await page.getByLabel("Ja, haal de resultaten offline.").check();
  await page.getByRole("button", { name: "Publicatie intrekken" }).click();
  await expect(page.getByRole("status").filter({ hasText: "De publicatie is ingetrokken." })).toBeVisible();
  await expectNoAxeViolations(page);
  expect(survey().status).toBe("closed");
  await visitor.goto(`/resultaten/${SLUG}`);
  await expect(visitor.getByRole("heading", { level: 1 })).toHaveText("Pagina niet gevonden");
  expect((await visitor.request.get(`/resultaten/${SLUG}/download/json`)).status()).toBe(404);
  await visitor.goto("/resultaten");
  await expect(resultsLink(visitor, title)).toHaveCount(0);
  await expectNoAxeViolations(visitor);
});
