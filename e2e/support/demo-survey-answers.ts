import { expect, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";
import { nextPage } from "./survey";

/**
 * From the start page of the demo survey (opened through an invitation link or the open link) to
 * the thank-you page, with the fewest answers the survey accepts. For journeys whose subject is
 * not the survey itself.
 */
export async function answerDemoSurvey(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Start de vragenlijst" }).click();
  await expect(page).toHaveURL(/\/vraag\/over-u$/);
  await page.getByLabel("Hoe oud bent u?").fill("46");
  await walkDemoSurveyToLastPage(page);
  await page.getByRole("button", { name: "Versturen" }).click();
  await expect(page).toHaveURL(/\/klaar$/);
  await expectNoAxeViolations(page);
}

/**
 * From the demo survey's first page ("over u", filled in or not) to its last page ("tot slot"),
 * with the fewest answers each page between accepts.
 */
export async function walkDemoSurveyToLastPage(page: Page): Promise<void> {
  await nextPage(page, "problemen");
  await nextPage(page, "hulp-zoeken");
  await page
    .getByRole("group", { name: /Heeft u het afgelopen jaar hulp gezocht/ })
    .getByLabel("Nee, dat was niet nodig")
    .check();
  for (const id of ["meedoen", "positieve-gezondheid", "tot-slot"]) await nextPage(page, id);
}
