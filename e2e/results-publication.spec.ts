import fs from "node:fs";
import { type Browser, expect, type Locator, type Page, test } from "@playwright/test";
import { parseCsv } from "../lib/csv/csv";
import { logInAs } from "./support/auth";
import { expectNoAxeViolations, expectNoAxeViolationsWithoutJs } from "./support/axe";
import { sendDemoSurvey, walkDemoSurveyToLastPage } from "./support/demo-survey-answers";
import {
  adviceWithResponse,
  insertResponses,
  openCopyOfDemo,
  surveyBySlug,
} from "./support/results-publication-data";
import { startSurveyAt } from "./support/survey";

// The acceptance journey of publication (issue 5): a survey with responses is closed, the open
// answers are moderated (a planted email address and phone number caught and redacted, picked as a
// quote), the results are published after the disclosure audit passed, and the public page shows
// the numbers with the small count and the figures protecting it as "x" (one mark for every hidden
// figure, explained once under the table), the quote redacted, the Adviesraad's advice and the official response point by point; the
// CSV download holds the published numbers; an open survey's results address is a 404; withdrawing
// takes it all offline again. Every page visited is scanned with axe.
//
// The survey is a copy of the demo survey of its own (so other journeys keep the demo open). Its
// responses: one through the resident's pages (with the open answer to moderate), 40 more written
// into the database, since answering is covered elsewhere; so is the advice, since the review cycle
// has its own journey (e2e/support/results-publication-data.ts).

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

const survey = () => surveyBySlug(SLUG);

/**
 * "Heeft u het afgelopen jaar hulp gezocht?" (question 8): 22 yes, 16 no (not needed: 15 written and
 * the resident's own answer), 3 no (but needed). The 3 is below k = 5, so it is hidden; with n = 41
 * published it would follow from 41 − 22 − 16, so the "not needed" count is hidden too. The same
 * holds in each channel (panel 10 / 5 / 0, open link 12 / 11 / 3, the zero hidden like any small
 * count), so "yes" is the one figure a reader sees, everywhere; the hidden pairs can each still be
 * anything from 0 to 5 (panel) or 14 (open link), never fewer than k values. All hidden figures
 * carry the same mark, "x", with no percentage beside them.
 */
const QUESTION_8: [label: string, percent: string, count: string][] = [
  ["Ja", "53,7%", "22"],
  ["Nee, dat was niet nodig", "x", "x"],
  ["Nee, maar ik had wel hulp nodig", "x", "x"],
];
/** By channel: the share of "yes" (a count where the share is shown), the two hidden, the group's n. */
const QUESTION_8_BY_CHANNEL: [channel: string, cells: string[]][] = [
  ["Open link", ["46,2%", "x", "x", "26"]],
  ["Panel (uitnodiging)", ["66,7%", "x", "x", "15"]],
];
/** The one note under a table with hidden figures: what the mark means, in words. */
const HIDDEN_NOTE =
  "x: niet getoond. Het gaat om minder dan 5 mensen (dat kan ook 0 zijn), of we laten het getal weg zodat u een klein aantal niet kunt terugrekenen. Het teken is steeds hetzelfde, zodat het zelf niets verraadt.";
const AUDIT_VERDICT =
  /^Goedgekeurd: geen enkel weggelaten getal is terug te rekenen tot minder dan 5 mogelijke waarden, ook niet met alle gepubliceerde getallen samen\. Gecontroleerd: [\d.]+ getallen\. Weggelaten: [\d.]+, waarvan [\d.]+ om een klein aantal te beschermen\.$/;

// --- the resident and the staff pages ----------------------------------------------------------

async function answerWithOpenTip(browser: Browser): Promise<void> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await startSurveyAt(page, `/s/${SLUG}`);
  await page.getByLabel("Hoe oud bent u?").fill("52");
  await walkDemoSurveyToLastPage(page);
  await page.getByLabel(/Heeft u nog tips of ideeën/).fill(TIP);
  await sendDemoSurvey(page);
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

/** A question on the results page, by its number. */
const questionArticle = (page: Page, questionNumber: number): Locator =>
  page.getByRole("article", { name: new RegExp(`^Vraag ${questionNumber}\\. `) });

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
  openCopyOfDemo(SOURCE, SLUG, "publicatie");
  await answerWithOpenTip(browser);
  insertResponses(SLUG);
  adviceWithResponse(SLUG, {
    introduction: "De Adviesraad las de vragenlijst met inwoners uit de wijken.",
    response: "Wij danken de Adviesraad voor het advies.",
    points: [
      { body: POINT_1, questionIds: ["weet-waar-terecht"], verdict: "overgenomen", explanation: "" },
      { body: POINT_2, questionIds: [], verdict: "niet_overgenomen", explanation: REASON_2 },
    ],
  });
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

  // The publish page: status, the disclosure audit's verdict, and a preview in which staff see the
  // marks already.
  await page.goto(`/beheer/surveys/${id}`);
  await nextStep.getByRole("link", { name: "Resultaten publiceren" }).click();
  await expect(page).toHaveURL(new RegExp(`/beheer/surveys/${id}/resultaten/publiceren$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Resultaten publiceren");
  await expect(page.getByText("De resultaten zijn nog niet openbaar.")).toBeVisible();
  await expect(
    page.getByRole("region", { name: "Controle op herkenbaarheid" }).getByRole("paragraph"),
  ).toHaveText(AUDIT_VERDICT);
  const preview = page.getByRole("region", { name: "Voorbeeld van de openbare pagina" });
  await expect(
    preview
      .getByRole("table", { name: /^Antwoorden op vraag 8 / })
      .getByRole("cell", { name: "x", exact: true }),
  ).toHaveCount(6);
  await expect(preview.getByRole("cell", { name: "< 5" })).toHaveCount(0);
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

  // The numbers, with the small count and the one protecting it hidden under the same mark (their
  // percentages and weighted percentages too), explained once in words under the table.
  await expect(visitor.getByRole("table", { name: "Antwoorden op vraag 8 (41 antwoorden)" })).toBeVisible();
  for (const [label, percent, count] of QUESTION_8) {
    const cells = resultRow(visitor, 8, label).getByRole("cell");
    await expect(cells.nth(0)).toHaveText(percent);
    await expect(cells.nth(1)).toHaveText(count);
    if (count === "x") await expect(cells.nth(2)).toHaveText("x");
  }
  const question8 = questionArticle(visitor, 8);
  await expect(question8.getByText(HIDDEN_NOTE, { exact: true })).toHaveCount(1);
  await expect(question8.getByText("Het meest gekozen antwoord: Ja (53,7%).")).toBeVisible();
  await expect(visitor.getByText("< 5")).toHaveCount(0);

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
  const byChannel = visitor.getByRole("table", { name: "Vraag 8 per manier van meedoen" });
  for (const [channel, cells] of QUESTION_8_BY_CHANNEL) {
    await expect(
      byChannel
        .getByRole("row", { name: new RegExp(`^${channel.replace(/[()]/g, "\\$&")} `) })
        .getByRole("cell"),
    ).toHaveText(cells);
  }
  await expect(questionArticle(visitor, 8).getByText(HIDDEN_NOTE, { exact: true })).toHaveCount(1);
  // A group's hidden number of answers is a hidden figure like any other: its mark is explained too
  // (only the resident gave an age, so neither channel's mean nor its number of answers is shown).
  const ageByChannel = visitor.getByRole("table", { name: "Vraag 2 per manier van meedoen" });
  await expect(ageByChannel.getByRole("row", { name: /^Open link / }).getByRole("cell")).toHaveText([
    "niet getoond",
    "niet getoond",
    "x",
  ]);
  await expect(questionArticle(visitor, 2).getByText(HIDDEN_NOTE, { exact: true })).toHaveCount(1);
  await expectNoAxeViolations(visitor);

  // By age group: the panel members only (the open link asks no age group), said in a sentence; in
  // groups of 8 and 7 the "yes" counts would give the small ones away, so only each group's n shows.
  await visitor.getByLabel("Resultaten bekijken per").selectOption({ label: "leeftijdsgroep" });
  await visitor.getByRole("button", { name: "Toon" }).click();
  await expect(visitor).toHaveURL(/\?uitsplitsing=age_group/);
  await expect(
    visitor.getByText(
      "U ziet de resultaten per leeftijdsgroep. Deze uitsplitsing gaat alleen over panelleden. Van andere deelnemers weten we dit kenmerk niet.",
    ),
  ).toBeVisible();
  const byAge = visitor.getByRole("table", { name: "Vraag 8 per leeftijdsgroep" });
  await expect(byAge.getByRole("row", { name: /^50-64 / }).getByRole("cell")).toHaveText([
    "x",
    "x",
    "x",
    "8",
  ]);
  await expect(byAge.getByRole("row", { name: /^65-79 / }).getByRole("cell")).toHaveText([
    "x",
    "x",
    "x",
    "7",
  ]);
  await expect(byAge.getByRole("row", { name: /^Onbekend/ })).toHaveCount(0);
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
  const overall8 = records.filter((r) => r[0] === "8" && r[3] === "Alle deelnemers");
  expect(overall8.map((r) => [r[5], r[6], r[7]])).toEqual([
    ["Aantal antwoorden", "41", ""],
    ["Ja", "22", "53,7"],
    ["Nee, dat was niet nodig", "x", "x"],
    ["Nee, maar ik had wel hulp nodig", "x", "x"],
  ]);
  const channel8 = records.filter((r) => r[0] === "8" && r[3] === "manier van meedoen");
  expect(channel8.map((r) => [r[4], r[5], r[6]])).toEqual([
    ["Open link", "Aantal antwoorden", "26"],
    ["Open link", "Ja", "12"],
    ["Open link", "Nee, dat was niet nodig", "x"],
    ["Open link", "Nee, maar ik had wel hulp nodig", "x"],
    ["Panel (uitnodiging)", "Aantal antwoorden", "15"],
    ["Panel (uitnodiging)", "Ja", "10"],
    ["Panel (uitnodiging)", "Nee, dat was niet nodig", "x"],
    ["Panel (uitnodiging)", "Nee, maar ik had wel hulp nodig", "x"],
  ]);
  // No count of 1 to 4 people anywhere in the file, and never an "unknown" group.
  expect(records.filter((r) => /^[1-4]$/.test(r[6]))).toEqual([]);
  expect(records.filter((r) => r[4] === "Onbekend")).toEqual([]);

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

  // Withdrawing, here without JavaScript: confirmed, then the page and its downloads are gone.
  const staffNoJs = await (
    await browser.newContext({ javaScriptEnabled: false, storageState: await page.context().storageState() })
  ).newPage();
  await staffNoJs.goto(`/beheer/surveys/${id}/resultaten/publiceren`);
  await expectNoAxeViolationsWithoutJs(staffNoJs);
  await staffNoJs.getByRole("button", { name: "Publicatie intrekken" }).click();
  await expect(errorSummary(staffNoJs)).toContainText("Vink aan dat u de publicatie wilt intrekken.");
  await expectNoAxeViolationsWithoutJs(staffNoJs);
  await staffNoJs.getByLabel("Ja, haal de resultaten offline.").check();
  await staffNoJs.getByRole("button", { name: "Publicatie intrekken" }).click();
  await expect(
    staffNoJs.getByRole("status").filter({ hasText: "De publicatie is ingetrokken." }),
  ).toBeVisible();
  await expect(staffNoJs.getByText(/De publicatie is ingetrokken op/)).toBeVisible();
  await expectNoAxeViolationsWithoutJs(staffNoJs);
  expect(survey().status).toBe("closed");
  await visitor.goto(`/resultaten/${SLUG}`);
  await expect(visitor.getByRole("heading", { level: 1 })).toHaveText("Pagina niet gevonden");
  expect((await visitor.request.get(`/resultaten/${SLUG}/download/json`)).status()).toBe(404);
  await visitor.goto("/resultaten");
  await expect(resultsLink(visitor, title)).toHaveCount(0);
  await expectNoAxeViolations(visitor);
});
