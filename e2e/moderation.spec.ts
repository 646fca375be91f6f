import { type Browser, expect, type Locator, type Page, test } from "@playwright/test";
import { logInAs } from "./support/auth";
import { expectNoAxeViolations, expectNoAxeViolationsWithoutJs } from "./support/axe";
import { openE2eDb } from "./support/db";
import { sendDemoSurvey, walkDemoSurveyToHelpAnswered } from "./support/demo-survey-answers";
import { pressButton, tabTo } from "./support/keyboard";
import { DEMO_SLUG, nextPage, startDemoSurvey } from "./support/survey";

const EMAIL = "pieter.devries@example.nl";
const PHONE = "06-12345678";
const TIP = `Mail mij op ${EMAIL} of bel ${PHONE}, dan vertel ik meer over het buurthuis.`;
const PROPOSED = "Mail mij op [e-mailadres] of bel [telefoonnummer], dan vertel ik meer over het buurthuis.";
const MISSING = "Een bankje bij de speeltuin waar je elkaar tegenkomt";

function demoSurveyId(): number {
  const db = openE2eDb();
  try {
    return (db.prepare("SELECT id FROM surveys WHERE slug = ?").get(DEMO_SLUG) as { id: number }).id;
  } finally {
    db.close();
  }
}

function storedReview(text: string) {
  const db = openE2eDb();
  try {
    return db
      .prepare(
        `SELECT o.status, o.quote, o.redacted_text AS redactedText FROM open_answer_reviews o
         JOIN answers a ON a.response_id = o.response_id AND a.question_id = o.question_id
         WHERE json_extract(a.value, '$') = ?`,
      )
      .get(text) as { status: string; quote: number; redactedText: string } | undefined;
  } finally {
    db.close();
  }
}

/** A resident completes the demo survey with two open answers, one with an email address and a phone number. */
async function completeWithOpenAnswers(browser: Browser): Promise<void> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await startDemoSurvey(page);
  await page.getByLabel("Hoe oud bent u?").fill("46");
  await walkDemoSurveyToHelpAnswered(page);
  await nextPage(page, "meedoen");
  await page.getByLabel(/Wat mist u in uw buurt/).fill(MISSING);
  await nextPage(page, "positieve-gezondheid");
  await nextPage(page, "tot-slot");
  await page.getByLabel(/Heeft u nog tips of ideeën/).fill(TIP);
  await sendDemoSurvey(page);
  await context.close();
}

/** The answer on the queue page whose original words contain `text`. */
const answerWith = (page: Page, text: string): Locator =>
  page.getByRole("article").filter({ has: page.locator("blockquote", { hasText: text }) });

/** Select all in a textarea and type a new text, with the keyboard only. */
async function retype(page: Page, field: Locator, text: string): Promise<void> {
  await tabTo(page, field);
  await page.keyboard.press("Control+A");
  await page.keyboard.type(text);
  await expect(field).toHaveValue(text);
}

test("staff moderate an open answer: the planted email address and phone number are marked and redacted, approved, picked as a quote", async ({
  page,
  browser,
}) => {
  await completeWithOpenAnswers(browser);
  const surveyId = demoSurveyId();
  await logInAs(page, "staff");

  // The overview lists every open question with its counts.
  await page.goto(`/beheer/surveys/${surveyId}/resultaten/open-antwoorden`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/Open antwoorden: Sociaal domein/);
  await expectNoAxeViolations(page);
  const table = page.getByRole("table", { name: "Open vragen met het aantal antwoorden per status" });
  const tipsRow = table.getByRole("row", { name: /Heeft u nog tips of ideeën/ });
  await expect(tipsRow.getByRole("cell").nth(0)).toHaveText("Open vraag");
  await expect(tipsRow.getByRole("cell").nth(1)).toHaveText("1");
  await expect(table.getByRole("row", { name: /Bij wie heeft u hulp gezocht/ })).toContainText(
    "Anders, namelijk",
  );

  // The queue shows the resident's words with both findings marked, and the kind in words.
  await pressButton(page, tipsRow.getByRole("link"));
  await expect(page).toHaveURL(/\/open-antwoorden\/tips-gemeente$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/Heeft u nog tips of ideeën/);
  await expect(page.getByRole("link", { name: "Te beoordelen (1)" })).toHaveAttribute("aria-current", "page");
  await expectNoAxeViolations(page);
  const answer = answerWith(page, EMAIL);
  await expect(answer.locator("mark", { hasText: EMAIL })).toContainText("(e-mailadres)");
  await expect(answer.locator("mark", { hasText: PHONE })).toContainText("(telefoonnummer)");
  await expect(answer).toContainText("De automatische controle vond: e-mailadres, telefoonnummer.");
  const text = answer.getByLabel("Tekst om te publiceren");
  await expect(text).toHaveValue(PROPOSED);

  // An edit that puts a phone number back is refused, with the text kept as typed.
  const undone = `Bel ${PHONE} voor het buurthuis.`;
  await retype(page, text, undone);
  await pressButton(page, answer.getByRole("button", { name: /Goedkeuren/ }));
  const summary = answer.getByRole("alert");
  await expect(summary).toContainText("In de tekst staan nog persoonsgegevens");
  await expect(summary).toBeFocused();
  await expect(answer).toContainText(`Nog gevonden in uw tekst: ‘${PHONE}’ (telefoonnummer).`);
  await expect(text).toHaveValue(undone);
  await expect(answer.getByLabel(/Ik heb dit gecontroleerd/)).not.toBeChecked();
  await expectNoAxeViolations(page);

  // Back to the proposal, extended by hand; approved by keyboard.
  const extended = PROPOSED.replace("het buurthuis", "[naam van een buurthuis]");
  await retype(page, text, extended);
  await pressButton(page, answer.getByRole("button", { name: /Goedkeuren/ }));
  await expect(page).toHaveURL(/gedaan=approved/);
  const notice = page.getByRole("status").filter({ hasText: /is goedgekeurd/ });
  await expect(notice).toBeVisible();
  await expect(page.getByRole("link", { name: "Te beoordelen (0)" })).toBeVisible();
  await expect(page.getByText("Er zijn geen antwoorden meer om te beoordelen.")).toBeVisible();
  await expectNoAxeViolations(page);

  // In the approved list it can be picked as a quote, and dropped again.
  await pressButton(page, notice.getByRole("link", { name: "Bekijk het bij ‘Goedgekeurd’" }));
  await expect(page.getByRole("link", { name: "Goedgekeurd (1)" })).toHaveAttribute("aria-current", "page");
  const approved = answerWith(page, EMAIL);
  await expect(approved).toContainText("Status: Goedgekeurd.");
  await expect(approved.getByLabel("Tekst om te publiceren")).toHaveValue(extended);
  await expectNoAxeViolations(page);
  await pressButton(page, approved.getByRole("button", { name: /Als citaat gebruiken/ }));
  await expect(page.getByRole("status").filter({ hasText: /wordt als citaat gebruikt/ })).toBeVisible();
  await expect(answerWith(page, EMAIL)).toContainText("Status: Goedgekeurd. Gekozen als citaat.");
  await expect(answerWith(page, EMAIL).getByRole("button", { name: /Geen citaat meer/ })).toBeVisible();
  await expectNoAxeViolations(page);
  expect(storedReview(TIP)).toEqual({ status: "approved", quote: 1, redactedText: extended });

  await page.goto(`/beheer/surveys/${surveyId}/resultaten/open-antwoorden`);
  const quotes = page.getByRole("row", { name: /Heeft u nog tips of ideeën/ }).getByRole("cell");
  await expect(quotes.nth(2)).toHaveText("1");
  await expect(quotes.nth(4)).toHaveText("1");

  // Without JavaScript: a refused approval keeps the typed text; rejecting works.
  const noJs = await browser.newContext({
    javaScriptEnabled: false,
    storageState: await page.context().storageState(),
  });
  const plain = await noJs.newPage();
  await plain.goto(`/beheer/surveys/${surveyId}/resultaten/open-antwoorden/mist-in-wijk`);
  const missing = answerWith(plain, MISSING);
  await expect(missing).toContainText("De automatische controle vond geen persoonsgegevens.");
  await expectNoAxeViolationsWithoutJs(plain);
  const typed = `${MISSING}, bel ${PHONE}`;
  await missing.getByLabel("Tekst om te publiceren").fill(typed);
  await missing.getByRole("button", { name: /Goedkeuren/ }).click();
  const refused = answerWith(plain, MISSING);
  await expect(refused.getByRole("alert")).toContainText("In de tekst staan nog persoonsgegevens");
  await expect(refused.getByLabel("Tekst om te publiceren")).toHaveValue(typed);
  await expectNoAxeViolationsWithoutJs(plain);
  await refused.getByRole("button", { name: /Afwijzen/ }).click();
  await expect(plain).toHaveURL(/gedaan=rejected/);
  await expect(plain.getByRole("status").filter({ hasText: /is afgewezen/ })).toBeVisible();
  await expectNoAxeViolationsWithoutJs(plain);
  expect(storedReview(MISSING)?.status).toBe("rejected");
  await noJs.close();
});

test("the moderation pages refuse the Adviesraad", async ({ page }) => {
  const surveyId = demoSurveyId();
  await logInAs(page, "adviesraad");
  await page.goto(`/beheer/surveys/${surveyId}/resultaten/open-antwoorden`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Geen toegang");
  await expectNoAxeViolations(page);
});
