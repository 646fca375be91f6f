import { expect, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";

/*
 * The municipality's official response to advice of three points, as both review journeys give it
 * (adviesraad-review and review-cycle-journey): point 1 followed, point 2 partly, point 3 not; the
 * reason the law requires for the last two; and the member reading the response beside each point.
 */

/** The message at the reason field and in the error summary when a reason is missing. */
const EXPLANATION_REQUIRED =
  "Leg uit waarom de gemeente dit advies niet of deels overneemt. Dat is verplicht (Algemene wet bestuursrecht, artikel 3:50).";

/** The form's error summary (Next's route announcer is an alert too, so ask by name). */
const errorSummary = (page: Page) => page.getByRole("alert", { name: "Er ging iets mis" });

/** The advice's points on the advice and response pages, in order. */
const advicePoints = (page: Page) => page.locator(".advice-doc__points > li");

/**
 * On the response form: point 1 followed (handled in the version), point 2 partly followed with
 * its reason, point 3 not followed, its reason not written yet.
 */
export async function chooseVerdicts(
  page: Page,
  { handledIn, partlyReason }: { handledIn: number; partlyReason: string },
): Promise<void> {
  const verdict = (point: number) =>
    page.getByRole("group", { name: new RegExp(`Wat doet de gemeente met punt ${point}\\?`) });
  await verdict(1).getByLabel("Overgenomen", { exact: true }).check();
  await page.getByLabel("Verwerkt in versie (punt 1)").selectOption({ label: `Versie ${handledIn}` });
  await verdict(2).getByLabel("Deels overgenomen", { exact: true }).check();
  await page.getByLabel("Uitleg bij punt 2").fill(partlyReason);
  await verdict(3).getByLabel("Niet overgenomen", { exact: true }).check();
}

/**
 * Making the response final with point 3 "niet overgenomen" and no reason is refused: the error
 * summary takes focus and names the one problem, the field says it too, and the summary's link
 * leads to the field.
 */
export async function expectReasonRequired(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Reactie definitief maken" }).click();
  await expect(errorSummary(page)).toBeFocused();
  await expect(errorSummary(page).getByRole("link")).toHaveText([EXPLANATION_REQUIRED]);
  await expect(page.locator("#response-point-2-explanation-error")).toHaveText(EXPLANATION_REQUIRED);
  await expectNoAxeViolations(page);
  await errorSummary(page).getByRole("link", { name: EXPLANATION_REQUIRED }).click();
  await expect(page.getByLabel("Uitleg bij punt 3")).toBeFocused();
}

/**
 * The member's page of the final response: each of the three points with the municipality's
 * response beside it (followed and handled in a version; partly; not followed, with the reasons).
 */
export async function expectResponsePerPoint(
  page: Page,
  points: [string, string, string],
  handledIn: number,
  [partlyReason, notFollowedReason]: [string, string],
): Promise<void> {
  await expect(page.getByText("De gemeente heeft op elk punt gereageerd.", { exact: false })).toBeVisible();
  const pair = (point: number) => advicePoints(page).nth(point - 1);
  const answer = (point: number) =>
    page.getByRole("region", { name: `Reactie van de gemeente op punt ${point}` });
  await expect(pair(1)).toContainText(points[0]);
  await expect(answer(1)).toContainText("Overgenomen");
  await expect(answer(1)).toContainText(`Verwerkt in versie ${handledIn}.`);
  await expect(pair(2)).toContainText(points[1]);
  await expect(answer(2)).toContainText(`Deels overgenomen${partlyReason}`);
  await expect(pair(3)).toContainText(points[2]);
  await expect(answer(3)).toContainText(`Niet overgenomen${notFollowedReason}`);
  await expectNoAxeViolations(page);
}
