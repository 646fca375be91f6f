import { expect, type Page, test } from "@playwright/test";
import { expectNoAxeViolations, expectNoAxeViolationsWithoutJs } from "./support/axe";
import { goToHelpPage, startSurveyAt } from "./support/survey";

const helpGroup = (page: Page) =>
  page.getByRole("group", { name: /Heeft u het afgelopen jaar hulp gezocht/ });
// The demo survey promises that every question may be skipped, so none is required: the error
// shown is an age below the question's lower bound.
const AGE_LINK = /Hoe oud bent u\?.*Vul een getal in van 12 of hoger/;

/** On the first page, an age of 8 is sent. */
async function sendTooYoung(page: Page) {
  await startSurveyAt(page);
  await page.getByLabel("Hoe oud bent u?").fill("8");
  await page.getByRole("button", { name: "Volgende" }).click();
}

async function expectErrorSummary(page: Page) {
  const summary = page.getByRole("alert").filter({ hasText: "probleem met uw antwoorden" });
  await expect(summary).toBeVisible();
  await expect(summary).toBeFocused();
  await expect(summary.getByRole("link", { name: AGE_LINK })).toHaveAttribute("href", "#vraag-leeftijd");
  // The message also stands beside the field, and the field is marked invalid.
  await expect(page.getByText("Vul een getal in van 12 of hoger.").last()).toBeVisible();
  await expect(page.locator("#vraag-leeftijd")).toHaveAttribute("aria-invalid", "true");
  return summary;
}

test.describe("with JavaScript", () => {
  test("a wrong answer shows the error summary with a working link", async ({ page }) => {
    await sendTooYoung(page);
    const summary = await expectErrorSummary(page);
    await expect(page).toHaveURL(/\/vraag\/over-u$/);
    await expectNoAxeViolations(page);
    await summary.getByRole("link", { name: AGE_LINK }).click();
    await expect(page.locator("#vraag-leeftijd")).toBeFocused();
    // Correcting the answer clears the way: the next click moves on.
    await page.keyboard.press("ControlOrMeta+a");
    await page.keyboard.type("18");
    await page.getByRole("button", { name: "Volgende" }).click();
    await expect(page).toHaveURL(/\/vraag\/problemen$/);
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

  test("a wrong answer shows the error summary with a link to the field", async ({ page }) => {
    await sendTooYoung(page);
    const summary = await expectErrorSummary(page);
    await expectNoAxeViolationsWithoutJs(page);
    await summary.getByRole("link", { name: AGE_LINK }).click();
    await expect(page).toHaveURL(/#vraag-leeftijd$/);
    await expect(page.locator("#vraag-leeftijd")).toBeInViewport();
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
