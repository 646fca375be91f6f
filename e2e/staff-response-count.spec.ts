import { expect, type Page, test } from "@playwright/test";
import { logInAs } from "./support/auth";
import { expectNoAxeViolations } from "./support/axe";
import { sendDemoSurvey, walkDemoSurveyToLastPage } from "./support/demo-survey-answers";
import { startSurveyAt } from "./support/survey";

/** The demo survey's row (other specs add copies named "Sociaal domein Oosterhout 2026 (…)"). */
const demoRow = (page: Page) =>
  page
    .getByRole("row")
    .filter({ has: page.getByRole("link", { name: "Sociaal domein Oosterhout 2026", exact: true }) });

async function counts(page: Page) {
  await page.reload();
  const cells = demoRow(page).getByRole("cell");
  return {
    completed: Number(await cells.nth(1).textContent()),
    inProgress: Number(await cells.nth(2).textContent()),
  };
}

// Staff watch the answers come in: a resident starts (in progress rises), then sends (completed rises).
test("a staff user logs in and sees the response count rise", async ({ page, browser }) => {
  await logInAs(page, "staff");
  await page.goto("/beheer");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Enquêtes");
  await expectNoAxeViolations(page);
  await expect(demoRow(page)).toContainText("Open");
  const before = await counts(page);

  const resident = await (await browser.newContext()).newPage();
  await startSurveyAt(resident);
  expect(await counts(page)).toEqual({ completed: before.completed, inProgress: before.inProgress + 1 });

  await walkDemoSurveyToLastPage(resident);
  await sendDemoSurvey(resident);

  expect(await counts(page)).toEqual({ completed: before.completed + 1, inProgress: before.inProgress });
  await expectNoAxeViolations(page);
});
