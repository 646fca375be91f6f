import { expect, test } from "@playwright/test";
import { goToReview, walkDemoSurveyToLastPage } from "./support/demo-survey-answers";
import { completedCount, DEMO_URL, demoResponses, THANK_YOU_URL } from "./support/survey";

test("a double click on start and on send stores one response", async ({ page }) => {
  const before = demoResponses().length;
  const completedBefore = completedCount();
  await page.goto(DEMO_URL);
  await page.getByRole("button", { name: "Start de vragenlijst" }).dblclick();
  await expect(page).toHaveURL(/\/vraag\/over-u$/);
  expect(demoResponses().length).toBe(before + 1);
  await walkDemoSurveyToLastPage(page);
  await goToReview(page);
  await page.getByRole("button", { name: "Versturen" }).dblclick();
  await expect(page).toHaveURL(THANK_YOU_URL);
  expect(completedCount()).toBe(completedBefore + 1);
  expect(demoResponses().length).toBe(before + 1);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the same final submit sent six times at once, then again after a refresh, stores one response", async ({
    page,
  }) => {
    const before = demoResponses().length;
    const completedBefore = completedCount();
    await page.goto(DEMO_URL);
    await page.getByRole("button", { name: "Start de vragenlijst" }).click();
    await walkDemoSurveyToLastPage(page);
    await page.getByLabel(/tips of ideeën/).fill("Dubbel verstuurd?");
    await goToReview(page);
    // Replay the browser's own POST five more times in parallel, with its cookie.
    await page.route("**/controleren", async (route) => {
      if (route.request().method() !== "POST") return route.continue();
      const replays = Array.from({ length: 5 }, () =>
        page.request.fetch(route.request(), { maxRedirects: 0 }),
      );
      await Promise.all([...replays, route.continue()]);
    });
    await page.getByRole("button", { name: "Versturen" }).click();
    await expect(page).toHaveURL(THANK_YOU_URL);
    // A retried request (back, then send again) finds the response completed.
    await page.goBack();
    await page.reload();
    expect(completedCount()).toBe(completedBefore + 1);
    const created = demoResponses().slice(0, demoResponses().length - before);
    expect(created).toHaveLength(1);
    expect(created[0].answers["tips-gemeente"]).toBe("Dubbel verstuurd?");
  });
});
