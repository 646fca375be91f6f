import { expect, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";

/*
 * Asking the Adviesraad for advice, in the steps both review journeys take (adviesraad-review and
 * review-cycle-journey): staff open the share form from the survey's overview, the member links
 * advice point 1 to a question, and the submitted advice shows that link. The municipality's
 * response to the advice is in advice-response.ts.
 */

/** From a survey's overview, its next step "Delen met de Adviesraad": the review page, checked and scanned. */
export async function openShareWithAdviesraad(page: Page, surveyId: number, title: string): Promise<void> {
  await page
    .getByRole("region", { name: "Volgende stap" })
    .getByRole("link", { name: "Delen met de Adviesraad" })
    .click();
  await expect(page).toHaveURL(new RegExp(`/beheer/surveys/${surveyId}/review$`));
  await expect(
    page.getByRole("heading", { level: 1, name: `Review door de Adviesraad: ${title}` }),
  ).toBeVisible();
  await expectNoAxeViolations(page);
}

/** In the advice form: point 1 linked to one question, named as the list names it ("Vraag 2: …"). */
export async function linkPointOneTo(page: Page, question: string): Promise<void> {
  await page.getByText("Koppel punt 1 aan vragen (nog geen gekozen)").click();
  await page.getByRole("group", { name: "Over welke vragen gaat punt 1?" }).getByLabel(question).check();
  await expect(page.getByText("Koppel punt 1 aan vragen (1 gekozen)")).toBeVisible();
}

/** The submitted advice's first point: its text and its link to the question it is about. */
export async function expectFirstPointLinked(page: Page, text: string, question: string): Promise<void> {
  const points = page.locator(".advice-doc__points > li");
  await expect(points).toHaveCount(3);
  await expect(points.nth(0)).toContainText(text);
  await expect(points.nth(0).getByRole("link", { name: question })).toBeVisible();
}
