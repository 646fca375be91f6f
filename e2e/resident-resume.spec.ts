import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import {
  answerNoHelpNeeded,
  sendDemoSurvey,
  walkDemoSurveyFromHelpToLastPage,
} from "./support/demo-survey-answers";
import { DEMO_URL, nextPage } from "./support/survey";

test("a resident leaves halfway and resumes through the resume link, or the code, on the page they left", async ({
  browser,
}) => {
  // First device: answer page 1, reach page 2, answer one statement, save for later.
  const first = await browser.newContext();
  const page = await first.newPage();
  await page.goto(DEMO_URL);
  await page.getByRole("button", { name: "Start de vragenlijst" }).click();
  await page.getByLabel("In welke wijk of in welk dorp woont u?").selectOption("vrachelen");
  await nextPage(page, "problemen");
  await page.locator('input[name="stellingen-problemen.werk"][value="2"]').check();
  await page.getByRole("button", { name: "Opslaan en later verder" }).click();
  await expect(page).toHaveURL(/\/bewaard$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Uw antwoorden zijn bewaard");
  await expectNoAxeViolations(page);
  const link = (await page.getByTestId("resume-link").textContent()) ?? "";
  const code = ((await page.getByTestId("resume-code").textContent()) ?? "").trim();
  expect(link).toMatch(/\/s\/sociaal-domein-2026\/hervatten\/[A-Za-z0-9_-]{22}$/);
  expect(code).toMatch(/^[2-9A-Z]{5}-[2-9A-Z]{5}$/);
  await first.close();

  // Second device, with the link: the page they left, with their answers.
  const second = await browser.newContext();
  const viaLink = await second.newPage();
  await viaLink.goto(new URL(link).pathname);
  await expect(viaLink).toHaveURL(/\/vraag\/problemen$/);
  await expect(viaLink.locator('input[name="stellingen-problemen.werk"][value="2"]')).toBeChecked();
  await expectNoAxeViolations(viaLink);
  await viaLink.getByRole("button", { name: "Vorige" }).click();
  await expect(viaLink.getByLabel("In welke wijk of in welk dorp woont u?")).toHaveValue("vrachelen");
  await second.close();

  // Third device, with the code typed as people do (lower case, a space).
  const third = await browser.newContext();
  const viaCode = await third.newPage();
  await viaCode.goto(DEMO_URL);
  await viaCode.getByRole("link", { name: /hervatcode/ }).click();
  await expectNoAxeViolations(viaCode);
  await viaCode.getByLabel("Hervatcode").fill("AAAAA-BBBBB");
  await viaCode.getByRole("button", { name: "Verder gaan" }).click();
  const problem = viaCode.getByRole("alert").filter({ hasText: "Er is een probleem" });
  await expect(problem).toContainText("We vinden geen onafgemaakte vragenlijst met deze code");
  await expect(problem).toBeFocused();
  await expectNoAxeViolations(viaCode);
  await viaCode.getByLabel("Hervatcode").fill(code.toLowerCase().replace("-", " "));
  await viaCode.getByRole("button", { name: "Verder gaan" }).click();
  // The user went back to page 1 on the second device, so that is where they left.
  await expect(viaCode).toHaveURL(/\/vraag\/over-u$/);
  await expect(viaCode.getByLabel("In welke wijk of in welk dorp woont u?")).toHaveValue("vrachelen");

  // Finish here; afterwards the link no longer opens anything.
  await nextPage(viaCode, "problemen");
  await expect(viaCode.locator('input[name="stellingen-problemen.werk"][value="2"]')).toBeChecked();
  await nextPage(viaCode, "hulp-zoeken");
  await answerNoHelpNeeded(viaCode);
  await walkDemoSurveyFromHelpToLastPage(viaCode);
  await sendDemoSurvey(viaCode);
  await third.close();

  const fourth = await browser.newContext();
  const late = await fourth.newPage();
  await late.goto(new URL(link).pathname);
  await expect(late).toHaveURL(/\/hervatten\?link=verlopen$/);
  await expect(late.getByRole("status")).toContainText("Deze link werkt niet (meer)");
  await expectNoAxeViolations(late);
  await fourth.close();
});
