import { expect, type Page, test } from "@playwright/test";
import { expectNoAxeViolations, expectNoAxeViolationsWithoutJs } from "./support/axe";
import { goToHelpPage } from "./support/survey";

const helpGroup = (page: Page) =>
  page.getByRole("group", { name: /Heeft u het afgelopen jaar hulp gezocht/ });
const REQUIRED_LINK = /Heeft u het afgelopen jaar hulp gezocht\?.*Geef antwoord op deze vraag/;

async function expectErrorSummary(page: Page) {
  const summary = page.getByRole("alert").filter({ hasText: "probleem met uw antwoorden" });
  await expect(summary).toBeVisible();
  await expect(summary).toBeFocused();
  await expect(summary.getByRole("link", { name: REQUIRED_LINK })).toHaveAttribute(
    "href",
    "#vraag-hulp-gezocht",
  );
  // The message also stands beside the field, and the field says it is required.
  const group = page.getByRole("group", { name: /Heeft u het afgelopen jaar hulp gezocht/ });
  await expect(group).toContainText("(verplicht)");
  await expect(group).toContainText("Geef antwoord op deze vraag.");
  await expect(page.locator("#vraag-hulp-gezocht")).toHaveAttribute("aria-invalid", "true");
  return summary;
}

test.describe("with JavaScript", () => {
  test("a missing required answer shows the error summary with a working link", async ({ page }) => {
    await goToHelpPage(page);
    await page.getByRole("button", { name: "Volgende" }).click();
    const summary = await expectErrorSummary(page);
    await expect(page).toHaveURL(/\/vraag\/hulp-zoeken$/);
    await expectNoAxeViolations(page);
    await summary.getByRole("link", { name: REQUIRED_LINK }).click();
    await expect(page.locator("#vraag-hulp-gezocht")).toBeFocused();
    // Answering clears the way: the next click moves on.
    await page.keyboard.press("Space");
    await page.getByRole("button", { name: "Volgende" }).click();
    await expect(page).toHaveURL(/\/vraag\/ervaring-hulp$/);
  });

  test("a follow-up question shows only while its condition holds", async ({ page }) => {
    await goToHelpPage(page);
    const followUp = page.getByRole("group", { name: /Bij wie heeft u hulp gezocht/ });
    const why = page.getByRole("group", { name: /Waarom heeft u geen hulp gezocht/ });
    await expect(followUp).toHaveCount(0);
    await expect(why).toHaveCount(0);
    await helpGroup(page).getByLabel("Ja", { exact: true }).check();
    await expect(followUp).toBeVisible();
    await expect(why).toHaveCount(0);
    await expectNoAxeViolations(page);
    await page.getByLabel("Nee, maar ik had wel hulp nodig").check();
    await expect(followUp).toHaveCount(0);
    await expect(why).toBeVisible();
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a missing required answer shows the error summary with a link to the field", async ({ page }) => {
    await goToHelpPage(page);
    await page.getByRole("button", { name: "Volgende" }).click();
    const summary = await expectErrorSummary(page);
    await expectNoAxeViolationsWithoutJs(page);
    await summary.getByRole("link", { name: REQUIRED_LINK }).click();
    await expect(page).toHaveURL(/#vraag-hulp-gezocht$/);
    await expect(page.locator("#vraag-hulp-gezocht")).toBeInViewport();
  });

  test("a follow-up question appears after sending its condition, and not otherwise", async ({ page }) => {
    await goToHelpPage(page);
    const followUp = page.getByRole("group", { name: /Bij wie heeft u hulp gezocht/ });
    await page.getByLabel("Nee, dat was niet nodig").check();
    await page.getByRole("button", { name: "Volgende" }).click();
    // No follow-up for this answer: straight on, past the page about the help received.
    await expect(page).toHaveURL(/\/vraag\/meedoen$/);
    await page.getByRole("button", { name: "Vorige" }).click();
    await expect(page).toHaveURL(/\/vraag\/hulp-zoeken$/);
    await expect(followUp).toHaveCount(0);
    await helpGroup(page).getByLabel("Ja", { exact: true }).check();
    await page.getByRole("button", { name: "Volgende" }).click();
    await expect(page).toHaveURL(/\/vraag\/hulp-zoeken$/);
    await expect(followUp).toBeVisible();
    await expectNoAxeViolationsWithoutJs(page);
  });
});
