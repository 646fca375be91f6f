import { expect, test } from "@playwright/test";
import { expectNoAxeViolationsWithoutJs as expectNoAxeViolations } from "./support/axe";
import { DEMO_URL, demoResponses, THANK_YOU_URL } from "./support/survey";

test.use({ javaScriptEnabled: false });

// The whole survey works as plain HTML forms: the server renders every page, including the
// follow-up questions, which appear after the page is sent once.
test("a resident completes the demo survey with JavaScript disabled", async ({ page }) => {
  const before = new Set(demoResponses().map((r) => r.id));
  await page.goto(DEMO_URL);
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Start de vragenlijst" }).click();

  await expect(page).toHaveURL(/\/vraag\/over-u$/);
  await expectNoAxeViolations(page);
  await page.getByLabel("In welke wijk of in welk dorp woont u?").selectOption("dommelbergen");
  await page.getByLabel("Hoe oud bent u?").fill("71");
  await page.getByLabel("Alleen", { exact: true }).check();
  await page.getByLabel("Met pensioen").check();
  await page.getByRole("button", { name: "Volgende" }).click();

  await expect(page).toHaveURL(/\/vraag\/problemen$/);
  await expectNoAxeViolations(page);
  await page.locator('input[name="stellingen-problemen.eenzaamheid"][value="5"]').check();
  await page.getByRole("button", { name: "Volgende" }).click();

  // The follow-up "Bij wie?" is not on the page until "ja" has been sent.
  await expect(page).toHaveURL(/\/vraag\/hulp-zoeken$/);
  await expectNoAxeViolations(page);
  await expect(page.getByRole("group", { name: /Bij wie heeft u hulp gezocht/ })).toHaveCount(0);
  await page.locator('input[name="hulp-gezocht.choice"][value="nee-wel-nodig"]').check();
  await page.getByRole("button", { name: "Volgende" }).click();
  await expect(page.getByRole("status")).toContainText("Door uw antwoord zijn er vragen bijgekomen");
  await expect(page.getByRole("group", { name: /Waarom heeft u geen hulp gezocht/ })).toBeVisible();
  await expect(page.getByRole("group", { name: /Bij wie heeft u hulp gezocht/ })).toHaveCount(0);
  await expectNoAxeViolations(page);
  await page.locator('input[name="waarom-geen-hulp.choices"][value="wachttijd"]').check();
  await page.locator('input[name="waarom-geen-hulp.choices"][value="_anders"]').check();
  await page.locator('input[name="waarom-geen-hulp.other"]').fill("Te ver weg");
  await page.getByRole("button", { name: "Volgende" }).click();

  // No help was sought, so the page about the help received is skipped.
  await expect(page).toHaveURL(/\/vraag\/meedoen$/);
  await expectNoAxeViolations(page);
  await page.locator('input[name="vrijwilligerswerk.choice"][value="nee"]').check();
  await page.getByRole("button", { name: "Volgende" }).click();

  await expect(page).toHaveURL(/\/vraag\/positieve-gezondheid$/);
  await expectNoAxeViolations(page);
  await page.locator('input[name="positieve-gezondheid-mentaal"][value="4"]').check();
  await page.getByRole("button", { name: "Volgende" }).click();

  await expect(page).toHaveURL(/\/vraag\/tot-slot$/);
  await expectNoAxeViolations(page);
  await page.getByLabel(/tips of ideeën/).fill("Een vast aanspreekpunt.");
  await page.getByRole("button", { name: "Controleren" }).click();

  await expect(page).toHaveURL(/\/controleren$/);
  await expectNoAxeViolations(page);
  await expect(page.getByText("Een vast aanspreekpunt.")).toBeVisible();
  await page.getByRole("button", { name: "Versturen" }).click();

  await expect(page).toHaveURL(THANK_YOU_URL);
  await expectNoAxeViolations(page);
  const created = demoResponses().filter((r) => !before.has(r.id));
  expect(created).toHaveLength(1);
  expect(created[0].status).toBe("completed");
  expect(created[0].answers).toEqual({
    wijk: "dommelbergen",
    leeftijd: 71,
    huishouden: { choice: "alleen" },
    "dagelijkse-bezigheid": { choices: ["pensioen"] },
    "stellingen-problemen": { eenzaamheid: "5" },
    "hulp-gezocht": { choice: "nee-wel-nodig" },
    "waarom-geen-hulp": { choices: ["wachttijd", "_anders"], other: "Te ver weg" },
    vrijwilligerswerk: { choice: "nee" },
    "positieve-gezondheid-mentaal": 4,
    "tips-gemeente": "Een vast aanspreekpunt.",
  });
});
