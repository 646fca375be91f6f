import { expect, type Page, test } from "@playwright/test";
import { expectNoAxeViolations, expectNoAxeViolationsWithoutJs } from "./support/axe";
import { answerNoHelpNeeded, DEMO_RANKING_LABELS, rankDemoWithSelects } from "./support/demo-survey-answers";
import { pressButton, tabTo } from "./support/keyboard";
import { goToHelpPage, newestDemoResponse, nextPage, startDemoSurvey } from "./support/survey";

// A resident on a small phone (320 × 640 CSS px): nothing scrolls sideways, every radio button,
// checkbox and button is a target of at least 44 × 44 px, each Likert statement's scale is one
// row or one column, and the ranking is done by keyboard with move buttons (or, without
// JavaScript, with a place selector per option).
test.use({ viewport: { width: 320, height: 640 } });

const RANKING = "eerste-hulp-volgorde";
const label = (value: string) => DEMO_RANKING_LABELS[value] as string;

async function expectPhoneFriendly(page: Page) {
  const scroll = await page.evaluate(() => ({
    width: document.documentElement.scrollWidth,
    client: document.documentElement.clientWidth,
  }));
  expect(scroll.width, "the page scrolls sideways").toBeLessThanOrEqual(scroll.client);
  // Labels of radio buttons and checkboxes (the label is the target) and buttons.
  const targets = page.locator(
    "main .choice label, main .rating__option label, main button:visible, main .button:visible",
  );
  const count = await targets.count();
  expect(count).toBeGreaterThan(0);
  const small: string[] = [];
  for (let i = 0; i < count; i++) {
    const target = targets.nth(i);
    const box = await target.boundingBox();
    if (!box) continue;
    if (box.width < 44 || box.height < 44)
      small.push(`${(await target.textContent())?.trim()}: ${box.width.toFixed(0)}×${box.height.toFixed(0)}`);
  }
  expect(small, "targets smaller than 44 × 44 px").toEqual([]);
}

/** Each statement's options stand in one row (same top) or one column (same left), never a grid. */
async function expectLikertRowsOrColumns(page: Page) {
  const statements = page.locator(".likert__row");
  expect(await statements.count()).toBeGreaterThan(0);
  for (const statement of await statements.all()) {
    const boxes = await statement
      .locator(".choice label")
      .evaluateAll((labels) => labels.map((l) => l.getBoundingClientRect()).map((r) => [r.top, r.left]));
    const tops = new Set(boxes.map(([top]) => Math.round(top as number)));
    const lefts = new Set(boxes.map(([, left]) => Math.round(left as number)));
    expect(
      tops.size === 1 || lefts.size === 1,
      `statement laid out as a grid: ${JSON.stringify(boxes)}`,
    ).toBe(true);
  }
}

test("on a 320 px phone the survey fits, targets are large, and the ranking works by keyboard", async ({
  page,
}) => {
  await startDemoSurvey(page);
  await expect(page.getByText(/Stap 1 van hoogstens 7/)).toBeVisible();
  await expectPhoneFriendly(page);
  await expectNoAxeViolations(page);

  await nextPage(page, "problemen");
  await expectPhoneFriendly(page);
  await expectLikertRowsOrColumns(page);
  // Each statement is its own group, named by the statement.
  await expect(
    page.getByRole("group", { name: "Veel inwoners van Oosterhout hebben zorgen over geld of schulden." }),
  ).toBeVisible();
  await expectNoAxeViolations(page);

  await nextPage(page, "hulp-zoeken");
  await expect(page.getByText(/Stap 3 van hoogstens 7/)).toBeVisible();
  await expectPhoneFriendly(page);
  await answerNoHelpNeeded(page);

  // Choose every option in the order shown: after each "Kies" the focus is on the next one.
  const status = page.locator(".ranking [role=status]");
  const values = Object.keys(DEMO_RANKING_LABELS);
  await pressButton(page, page.getByRole("button", { name: `Kies: ${label(values[0] as string)}` }));
  await expect(status).toHaveText(`${label(values[0] as string)} staat nu op plaats 1 van 7.`);
  for (const value of values.slice(1)) {
    await expect(page.getByRole("button", { name: `Kies: ${label(value)}` })).toBeFocused();
    await page.keyboard.press("Enter");
  }
  await expect(status).toHaveText(`${label("huisarts")} staat nu op plaats 7 van 7.`);
  // Move "Huisarts" up twice and "Eigen kracht" down once, all by keyboard.
  await tabTo(page, page.getByRole("button", { name: `Omhoog: ${label("huisarts")}` }));
  await page.keyboard.press("Enter");
  await expect(status).toHaveText(`${label("huisarts")} staat nu op plaats 6 van 7.`);
  await expect(page.getByRole("button", { name: `Omhoog: ${label("huisarts")}` })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(status).toHaveText(`${label("huisarts")} staat nu op plaats 5 van 7.`);
  await pressButton(page, page.getByRole("button", { name: `Omlaag: ${label("eigen-kracht")}` }));
  await expect(status).toHaveText(`${label("eigen-kracht")} staat nu op plaats 2 van 7.`);
  // At the top, "Omhoog" does nothing and says why.
  await pressButton(page, page.getByRole("button", { name: `Omhoog: ${label("familie-vrienden")}` }));
  await expect(status).toHaveText(`${label("familie-vrienden")} staat al bovenaan.`);
  await expectPhoneFriendly(page);
  await expectNoAxeViolations(page);

  await pressButton(page, page.getByRole("button", { name: "Volgende" }));
  await expect(page).toHaveURL(/\/vraag\/meedoen$/);
  expect(newestDemoResponse().answers[RANKING]).toEqual([
    "familie-vrienden",
    "eigen-kracht",
    "buren",
    "welzijnswerk",
    "huisarts",
    "sociaal-wijkteam",
    "gemeente",
  ]);
  // The conditional page is behind: the count is exact now.
  await expect(page.getByText("Stap 4 van 6")).toBeVisible();
  await expectPhoneFriendly(page);
  await expectNoAxeViolations(page);

  await nextPage(page, "positieve-gezondheid");
  await expectPhoneFriendly(page);
  await expectNoAxeViolations(page);
  await nextPage(page, "tot-slot");
  await expectPhoneFriendly(page);
  await expectNoAxeViolations(page);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the ranking is a place selector per option that fits at 320 px", async ({ page }) => {
    await goToHelpPage(page);
    await expectPhoneFriendly(page);
    await expectNoAxeViolationsWithoutJs(page);
    await expect(page.getByText("Geef elk antwoord een plaats. Plaats 1 staat bovenaan.")).toBeVisible();
    const order = [
      "gemeente",
      "huisarts",
      "buren",
      "familie-vrienden",
      "eigen-kracht",
      "welzijnswerk",
      "sociaal-wijkteam",
    ];
    await rankDemoWithSelects(page, order);
    await pressButton(page, page.getByRole("button", { name: "Volgende" }));
    await expect(page).toHaveURL(/\/vraag\/meedoen$/);
    expect(newestDemoResponse().answers[RANKING]).toEqual(order);
  });
});
