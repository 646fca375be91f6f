import { expect, type Page, test } from "@playwright/test";
import { expectNoAxeViolations, expectNoAxeViolationsWithoutJs } from "./support/axe";
import { queryE2eDb } from "./support/db";
import { type DemoLanguage, demoSurveyText, surveyMessage } from "./support/demo-languages";
import { DEMO_URL, demoResponses } from "./support/survey";

/*
 * Issue 13: a resident who reads English, Polish or Arabic better than Dutch chooses that language
 * on the survey's start page and completes the demo survey in it, with and without JavaScript.
 * Every page is axe-clean and says its language (Arabic right to left); a switch halfway keeps the
 * answers and the place; the answers are stored as the same option values in every language.
 */

type Run = { language: DemoLanguage; name: string; dir: "ltr" | "rtl" };
const RUNS: Run[] = [
  { language: "en", name: "English", dir: "ltr" },
  { language: "pl", name: "Polski", dir: "ltr" },
  { language: "ar", name: "العربية", dir: "rtl" },
];

/** What every run stores, whatever the language it was answered in. */
const STORED = {
  wijk: "dommelbergen",
  leeftijd: 71,
  huishouden: { choice: "alleen" },
  "dagelijkse-bezigheid": { choices: ["pensioen"] },
  "stellingen-problemen": { eenzaamheid: "5" },
  "hulp-gezocht": { choice: "nee-niet-nodig" },
  vrijwilligerswerk: { choice: "nee" },
  "positieve-gezondheid-mentaal": 4,
  "tips-gemeente": "Een vast aanspreekpunt.",
};

async function expectLanguage(page: Page, lang: string, dir: "ltr" | "rtl") {
  await expect(page.locator("html")).toHaveAttribute("lang", lang);
  await expect(page.locator("html")).toHaveAttribute("dir", dir);
}

/** The survey's own language choice (not the header's), named in the language the page is in. */
const surveyLanguageSwitch = (page: Page, pageLanguage: DemoLanguage | "nl") =>
  page.getByRole("navigation", { name: surveyMessage(pageLanguage, "languageSwitch"), exact: true });

async function completeInLanguage(page: Page, { language, name, dir }: Run, javaScript: boolean) {
  const scan = javaScript ? expectNoAxeViolations : expectNoAxeViolationsWithoutJs;
  const t = (key: string) => demoSurveyText(language, key);
  const m = (key: string) => surveyMessage(language, key);
  const group = (key: string) => page.getByRole("group", { name: t(key), exact: true });
  const heading = page.getByRole("heading", { level: 1 });
  const next = async (pageId: string) => {
    await page.getByRole("button", { name: m("next"), exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`/vraag/${pageId}$`));
    await expectLanguage(page, language, dir);
    await expect(heading).toHaveText(t(`pages.${pageId}.title`));
    await scan(page);
  };
  const before = new Set(demoResponses().map((r) => r.id));

  // A new visitor gets Dutch; the start page offers the survey's five languages.
  await page.goto(DEMO_URL);
  await expectLanguage(page, "nl", "ltr");
  const dutchSwitch = surveyLanguageSwitch(page, "nl");
  await expect(dutchSwitch.getByRole("link")).toHaveText([
    "Nederlands",
    "English",
    "العربية",
    "Türkçe",
    "Polski",
  ]);
  await dutchSwitch.getByRole("link", { name, exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`${DEMO_URL}$`));
  await expectLanguage(page, language, dir);
  await expect(heading).toHaveText(t("title"));
  await expect(surveyLanguageSwitch(page, language).getByRole("link", { name, exact: true })).toHaveAttribute(
    "aria-current",
    "true",
  );
  await scan(page);

  await page.getByRole("button", { name: m("start.button"), exact: true }).click();
  await expect(page).toHaveURL(/\/vraag\/over-u$/);
  await expectLanguage(page, language, dir);
  await expect(heading).toHaveText(t("pages.over-u.title"));
  await scan(page);
  await page.getByLabel(t("questions.wijk.text")).selectOption("dommelbergen");
  await page.getByLabel(t("questions.leeftijd.text")).fill("71");
  await group("questions.huishouden.text")
    .getByLabel(t("questions.huishouden.options.alleen"), { exact: true })
    .check();
  await group("questions.dagelijkse-bezigheid.text")
    .getByLabel(t("questions.dagelijkse-bezigheid.options.pensioen"), { exact: true })
    .check();

  await next("problemen");
  await group("questions.stellingen-problemen.statements.eenzaamheid")
    .getByLabel(t("questions.stellingen-problemen.scale.5"), { exact: true })
    .check();

  await next("hulp-zoeken");
  if (language === "en") {
    // Halfway to Dutch and back (once): the same page each time, and the answers so far are kept
    // (the stored answers below include them).
    await surveyLanguageSwitch(page, language).getByRole("link", { name: "Nederlands", exact: true }).click();
    await expect(page).toHaveURL(/\/vraag\/hulp-zoeken$/);
    await expectLanguage(page, "nl", "ltr");
    await expect(heading).toHaveText("Waar zoekt u hulp?");
    await surveyLanguageSwitch(page, "nl").getByRole("link", { name, exact: true }).click();
    await expect(page).toHaveURL(/\/vraag\/hulp-zoeken$/);
    await expectLanguage(page, language, dir);
    await expect(heading).toHaveText(t("pages.hulp-zoeken.title"));
  }
  await group("questions.hulp-gezocht.text")
    .getByLabel(t("questions.hulp-gezocht.options.nee-niet-nodig"), { exact: true })
    .check();

  // No help was sought, so the page about the help received is skipped.
  await next("meedoen");
  await group("questions.vrijwilligerswerk.text")
    .getByLabel(t("questions.vrijwilligerswerk.options.nee"), { exact: true })
    .check();

  await next("positieve-gezondheid");
  await page.locator('input[name="positieve-gezondheid-mentaal"][value="4"]').check();

  await next("tot-slot");
  await page.getByLabel(t("questions.tips-gemeente.text")).fill(STORED["tips-gemeente"]);

  // Sent from the review page, which lists the answers in the same language.
  await page.getByRole("button", { name: m("toReview"), exact: true }).click();
  await expect(page).toHaveURL(/\/controleren$/);
  await expectLanguage(page, language, dir);
  await expect(heading).toHaveText(m("review.title"));
  await expect(surveyLanguageSwitch(page, language).getByRole("link", { name, exact: true })).toHaveAttribute(
    "aria-current",
    "true",
  );
  await expect(page.getByRole("region", { name: t("pages.over-u.title"), exact: true })).toContainText(
    t("questions.huishouden.options.alleen"),
  );
  await scan(page);
  await page.getByRole("button", { name: m("submit"), exact: true }).click();
  await expect(page).toHaveURL(/\/klaar$/);
  await expectLanguage(page, language, dir);
  await expect(heading).toHaveText(m("done.title"));
  await scan(page);

  const created = demoResponses().filter((r) => !before.has(r.id));
  expect(created).toHaveLength(1);
  expect(created[0].status).toBe("completed");
  expect(created[0].answers).toEqual(STORED);
  // The language it was answered in is kept beside it, as a category for staff.
  expect(
    queryE2eDb<{ language: string }>("select language from responses where id = ?", created[0].id),
  ).toEqual([{ language }]);
}

for (const javaScript of [true, false]) {
  test.describe(javaScript ? "with JavaScript" : "without JavaScript", () => {
    test.use({ javaScriptEnabled: javaScript });
    // Ten pages, each scanned by axe (without JavaScript in a second browser context).
    test.setTimeout(120_000);
    for (const run of RUNS) {
      test(`a resident completes the demo survey in ${run.name}`, async ({ page }) => {
        await completeInLanguage(page, run, javaScript);
      });
    }
  });
}
