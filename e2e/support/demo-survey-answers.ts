import { expect, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";
import { chooseInSelect, pressButton } from "./keyboard";
import { nextPage, THANK_YOU_URL } from "./survey";

/**
 * From the start page of the demo survey (opened through an invitation link or the open link) to
 * the thank-you page, with a few answers. For journeys whose subject is not the survey itself.
 */
export async function answerDemoSurvey(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Start de vragenlijst" }).click();
  await expect(page).toHaveURL(/\/vraag\/over-u$/);
  await page.getByLabel("Hoe oud bent u?").fill("46");
  await walkDemoSurveyToLastPage(page);
  await sendDemoSurvey(page);
  await expectNoAxeViolations(page);
}

/**
 * From the demo survey's first page ("over u", filled in or not) to its last page ("tot slot"),
 * answering only the question that decides which pages follow.
 */
export async function walkDemoSurveyToLastPage(page: Page): Promise<void> {
  await walkDemoSurveyToHelpAnswered(page);
  await walkDemoSurveyFromHelpToLastPage(page);
}

/**
 * From the demo survey's first page to the page about looking for help (page 3, "hulp zoeken"),
 * whose first question is answered "Nee, dat was niet nodig"; the pages between are left empty.
 */
export async function walkDemoSurveyToHelpAnswered(page: Page): Promise<void> {
  await nextPage(page, "problemen");
  await nextPage(page, "hulp-zoeken");
  await answerNoHelpNeeded(page);
}

/** On the demo survey's page 3: "Heeft u het afgelopen jaar hulp gezocht?", answered "Nee, dat was niet nodig". */
export async function answerNoHelpNeeded(page: Page): Promise<void> {
  await page
    .getByRole("group", { name: /Heeft u het afgelopen jaar hulp gezocht/ })
    .getByLabel("Nee, dat was niet nodig")
    .check();
}

/** From the demo survey's page 3 (its first question answered) to its last page, answering nothing. */
export async function walkDemoSurveyFromHelpToLastPage(page: Page): Promise<void> {
  for (const id of ["meedoen", "positieve-gezondheid", "tot-slot"]) await nextPage(page, id);
}

/** From the demo survey's last page to the review page, where every answer is shown before sending. */
export async function goToReview(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Controleren" }).click();
  await expect(page).toHaveURL(/\/controleren$/);
}

/** Sends the demo survey from its last page, through the review page, and lands on the thank-you page. */
export async function sendDemoSurvey(page: Page): Promise<void> {
  await goToReview(page);
  await sendFromReview(page);
}

/** On the review page: "Versturen", then the thank-you page (its address may carry what the send step tells it). */
export async function sendFromReview(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Versturen" }).click();
  await expect(page).toHaveURL(THANK_YOU_URL);
}

/** The options of the demo's ranking question ("Waar gaat u dan als eerste naartoe?"), by value. */
export const DEMO_RANKING_LABELS: Record<string, string> = {
  "eigen-kracht": "Ik zoek zelf een oplossing, bijvoorbeeld op internet",
  "familie-vrienden": "Familie of vrienden",
  buren: "Buren",
  welzijnswerk: "Welzijnswerk, buurthuis of dagbesteding in de wijk",
  "sociaal-wijkteam": "Sociaal Wijkteam",
  gemeente: "Gemeente",
  huisarts: "Huisarts",
};

/**
 * The demo's ranking, by keyboard alone (with JavaScript): Tab to "Kies" of each option in the
 * wanted order and press Enter; the list then shows that order.
 */
export async function rankDemoByKeyboard(page: Page, order: readonly string[]): Promise<void> {
  for (const value of order) {
    await pressButton(page, page.getByRole("button", { name: `Kies: ${DEMO_RANKING_LABELS[value]}` }));
  }
  const chosen = page.getByRole("list", { name: /Uw volgorde/ }).getByRole("listitem");
  await expect(chosen).toHaveText(order.map((v) => new RegExp(escapeRegExp(DEMO_RANKING_LABELS[v] ?? v))));
}

/** The demo's ranking without JavaScript: a place selector per option, set with the arrow keys. */
export async function rankDemoWithSelects(page: Page, order: readonly string[]): Promise<void> {
  for (const [index, value] of order.entries()) {
    await chooseInSelect(
      page,
      page.getByLabel(DEMO_RANKING_LABELS[value] ?? value, { exact: true }),
      String(index + 1),
    );
  }
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
