import { expect, type Page, test } from "@playwright/test";
import { expectNoAxeViolationsWithoutJs } from "./support/axe";
import { walkDemoSurveyToHelpAnswered } from "./support/demo-survey-answers";
import { DEMO_URL, newestDemoResponse, nextPage, startSurveyAt } from "./support/survey";

// Tampered or broken submissions are refused with a clear message and store nothing. The forms
// are changed in the page (as a tool or a broken browser would) and posted without JavaScript,
// so the server is the only line of defence.
test.use({ javaScriptEnabled: false });

async function addField(page: Page, name: string, value: string) {
  await page.locator("form.survey-form").evaluate(
    (form, [n, v]) => {
      const input = document.createElement("input");
      input.type = "hidden";
      input.name = n;
      input.value = v;
      form.appendChild(input);
    },
    [name, value],
  );
}

async function setValue(page: Page, selector: string, value: string) {
  await page.locator(selector).evaluate((el, v) => {
    (el as HTMLInputElement).value = v;
  }, value);
}

test("an unknown question id is refused and nothing is stored", async ({ page }) => {
  await startSurveyAt(page);
  await page.getByLabel("In welke wijk of in welk dorp woont u?").selectOption("centrum");
  await addField(page, "vraag-die-niet-bestaat", "x");
  await page.getByRole("button", { name: "Volgende" }).click();
  await expect(page.getByRole("alert")).toContainText("onderdelen die niet bij deze vragen horen");
  await expect(page).toHaveURL(/\/vraag\/over-u$/);
  await expectNoAxeViolationsWithoutJs(page);
  expect(newestDemoResponse().answers).toEqual({});
});

test("a wrong type is refused with the field's message, and the valid answers beside it are not stored", async ({
  page,
}) => {
  await startSurveyAt(page);
  await page.getByLabel("In welke wijk of in welk dorp woont u?").selectOption("centrum");
  await page.getByLabel("Hoe oud bent u?").fill("zevenenveertig");
  await page.getByRole("button", { name: "Volgende" }).click();
  await expect(page.getByRole("alert")).toContainText("Hoe oud bent u?");
  await expect(page.getByLabel("Hoe oud bent u?")).toHaveValue("zevenenveertig");
  await expect(page.getByLabel("In welke wijk of in welk dorp woont u?")).toHaveValue("centrum");
  await expectNoAxeViolationsWithoutJs(page);
  expect(newestDemoResponse().answers).toEqual({});
  // An option value that is not in the list is refused too.
  await page.getByLabel("Hoe oud bent u?").fill("47");
  await setValue(page, 'select[name="wijk"] option[value="centrum"]', "amsterdam");
  await page.getByRole("button", { name: "Volgende" }).click();
  await expect(page.getByRole("alert")).toContainText("In welke wijk of in welk dorp woont u?");
  expect(newestDemoResponse().answers).toEqual({});
});

test("a 1 MB text is refused, not cut off, and not stored", async ({ page }) => {
  await startSurveyAt(page);
  await walkDemoSurveyToHelpAnswered(page);
  await nextPage(page, "meedoen");
  await setValue(page, 'input[name="mist-in-wijk"]', "a".repeat(1024 * 1024));
  await page.getByRole("button", { name: "Volgende" }).click();
  await expect(page.getByRole("alert")).toContainText("Uw antwoord is te lang");
  expect(newestDemoResponse().answers["mist-in-wijk"]).toBeUndefined();
});

test("a submission for another survey's page is refused", async ({ page }) => {
  await startSurveyAt(page);
  await page.getByLabel("In welke wijk of in welk dorp woont u?").selectOption("centrum");
  // Another survey's slug: this browser has no response there, so nothing can be stored.
  await setValue(page, 'input[name="_slug"]', "mantelzorg-2026");
  await page.getByRole("button", { name: "Volgende" }).click();
  await expect(page.getByRole("alert")).toContainText(/gesloten|niet vinden/);
  expect(newestDemoResponse().answers).toEqual({});
  // A page id that is not part of this survey.
  await page.goto(`${DEMO_URL}/vraag/over-u`);
  await page.getByLabel("In welke wijk of in welk dorp woont u?").selectOption("centrum");
  await setValue(page, 'input[name="_page"]', "mantelzorg-zorg");
  await page.getByRole("button", { name: "Volgende" }).click();
  await expect(page.getByRole("alert")).toContainText("Deze pagina hoort niet bij uw antwoorden");
  expect(newestDemoResponse().answers).toEqual({});
});

test("a page further on than the respondent reached cannot be opened by its URL", async ({ page }) => {
  await startSurveyAt(page);
  await page.goto(`${DEMO_URL}/vraag/tot-slot`);
  await expect(page).toHaveURL(/\/vraag\/over-u$/);
});
