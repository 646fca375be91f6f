import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, type Page, test } from "@playwright/test";
import { translationKeys } from "../lib/surveys/definition/translation-keys";
import { logInAs } from "./support/auth";
import { expectNoAxeViolations } from "./support/axe";
import { queryE2eDb } from "./support/db";
import { typeInto } from "./support/keyboard";
import { importSurveyCopy } from "./support/operator-cli";
import { writeE2eDb } from "./support/security-demo-data";
import { DEMO_SLUG } from "./support/survey";

// Staff translate a survey: on the translations screen they fill the one English text that is
// missing by keyboard and save it, download the English file, and read an edited file back in —
// first one with a key the survey does not have (refused, listed by key, nothing saved or lost),
// then a good one, previewed before it is saved. A survey of the journey's own, so the demo's
// translations stay as other journeys expect them.

const englishOf = (surveyId: number): Record<string, string> =>
  JSON.parse(
    queryE2eDb<{ definition: string }>(
      "select v.definition from surveys s join survey_versions v on v.id = s.current_version_id where s.id = ?",
      surveyId,
    )[0].definition,
  ).translations?.en ?? {};

/** A small survey of its own (a short page keeps every check quick), translated into English but for its title. */
const SURVEY = {
  title: "Vertalen in de wijk",
  intro: "Wij willen weten hoe u over uw buurt denkt.",
  privacy: "Uw antwoorden zijn anoniem. Wij bewaren ze tot het onderzoek klaar is.",
  closing: "Dank u wel voor het invullen.",
  pages: [
    {
      id: "buurt",
      title: "Uw buurt",
      questions: [
        {
          id: "tevreden",
          type: "single_choice",
          text: "Hoe tevreden bent u over uw buurt?",
          options: [
            { value: "tevreden", label: "Tevreden" },
            { value: "niet-tevreden", label: "Niet tevreden" },
          ],
        },
        { id: "toelichting", type: "long_text", text: "Wilt u dat toelichten?", maxLength: 2000 },
      ],
    },
  ],
};

/** The survey under `slug`, translated into English but for the keys left out. */
function translatedSurvey(slug: string, title: string, leaveOut: string[] = []): number {
  importSurveyCopy(DEMO_SLUG, slug, () => {
    const english = translationKeys({ ...SURVEY, title } as Parameters<typeof translationKeys>[0])
      .filter(({ key }) => !leaveOut.includes(key))
      .map(({ key, source }) => [key, `EN ${source}`]);
    return { ...SURVEY, title, translations: { en: Object.fromEntries(english) } };
  });
  return queryE2eDb<{ id: number }>("select id from surveys where slug = ?", slug)[0].id;
}

const surveyMissingOneEnglishText = (slug: string) => translatedSurvey(slug, SURVEY.title, ["title"]);

function fileWith(dir: string, name: string, content: unknown): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, JSON.stringify(content, null, 2));
  return file;
}

async function checkFile(page: Page, file: string) {
  await page.getByLabel("Vertaalbestand (.json)").setInputFiles(file);
  await page.getByRole("button", { name: "Bestand controleren" }).click();
}

test("staff fill a missing English text by keyboard, download the English file and read edited files back in", async ({
  page,
}) => {
  // About half a minute on a quiet machine; the margin is for a busy one (six axe checks, a CLI run).
  test.setTimeout(120_000);
  const slug = `vertalen-${Date.now()}`;
  const surveyId = surveyMissingOneEnglishText(slug);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "peiling-vertalingen-"));

  await logInAs(page, "staff");
  await page.goto(`/beheer/surveys/${surveyId}`);
  await expectNoAxeViolations(page);
  await page.getByRole("link", { name: "Vertalingen", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Vertalingen: Vertalen in de wijk");
  const english = page.getByTestId("translation-progress").locator('tr[data-language="en"]');
  await expect(english.locator("td").nth(1)).toHaveText("1");
  await expect(page.getByRole("heading", { name: "Nog niet vertaald (1)" })).toBeVisible();
  await expectNoAxeViolations(page);

  // The missing text comes first, beside its Dutch source, and is saved with Enter.
  const title = page.getByRole("textbox", { name: /^Titel van de enquête \(Engels\)/ });
  await expect(title).toHaveAccessibleDescription(/Vertalen in de wijk/);
  await expect(title).toHaveAttribute("lang", "en");
  await typeInto(page, title, "Translating in the neighbourhood");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("status").filter({ hasText: "Opgeslagen in versie 1" })).toBeVisible();
  expect(englishOf(surveyId).title).toBe("Translating in the neighbourhood");

  // The English file: flat key-value JSON named after the survey and the language.
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: /^Engels downloaden/ }).click(),
  ]);
  expect(download.suggestedFilename()).toBe(`${slug}.en.json`);
  const exported = JSON.parse(fs.readFileSync((await download.path()) as string, "utf8"));
  expect(exported.title).toBe("Translating in the neighbourhood");

  await page.getByRole("link", { name: "Vertaalbestand in het Engels inlezen" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "Vertaalbestand inlezen: Vertalen in de wijk",
  );
  await expectNoAxeViolations(page);

  // A file with a key the survey does not have: listed by key, nothing saved.
  const edited = { ...exported, title: "Living together" };
  await checkFile(
    page,
    fileWith(dir, `${slug}.en.json`, { ...edited, "questions.onbekend.text": "Unknown" }),
  );
  const summary = page.getByRole("alert").filter({ hasText: "Het bestand is niet ingelezen" });
  await expect(summary).toContainText("questions.onbekend.text: deze sleutel bestaat niet in de enquête");
  await expect(page.getByLabel("Taal van het bestand")).toHaveValue("en");
  expect(englishOf(surveyId).title).toBe("Translating in the neighbourhood");
  await expectNoAxeViolations(page);

  // The corrected file: what changes is shown first, and saved only when confirmed.
  await checkFile(page, fileWith(dir, `${slug}.en.json`, edited));
  await expect(page.getByText("Het bestand verandert 1 tekst.")).toBeVisible();
  const change = page.locator('li[data-key="title"]');
  await expect(change).toContainText("Translating in the neighbourhood");
  await expect(change).toContainText("Living together");
  expect(englishOf(surveyId).title).toBe("Translating in the neighbourhood");
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Deze wijzigingen opslaan" }).click();

  await expect(page).toHaveURL(/\/vertalingen\?taal=en&ingelezen=1$/);
  await expect(page.getByText("Vertaalbestand ingelezen: 1 tekst opgeslagen.")).toBeVisible();
  await expect(english.locator("td").nth(1)).toHaveText("0");
  await expect(english.locator("td").nth(2)).toHaveText("Ja");
  expect(englishOf(surveyId).title).toBe("Living together");
  await expectNoAxeViolations(page);
  fs.rmSync(dir, { recursive: true, force: true });
});

test("a resident who answers in English counts as English on the staff's monitoring page", async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  const slug = `in-het-engels-${Date.now()}`;
  const surveyId = translatedSurvey(slug, "Buurt in het Engels");
  // Opened for residents directly: the lifecycle is not what this journey is about.
  writeE2eDb((db) => {
    const now = Date.now();
    db.prepare("update surveys set status = 'open', opens_at = ? where id = ?").run(now, surveyId);
    db.prepare(
      "update survey_versions set frozen_at = ? where id = (select current_version_id from surveys where id = ?)",
    ).run(now, surveyId);
  });

  const resident = await (await browser.newContext()).newPage();
  await resident.goto(`/taal/en?terug=/s/${slug}`);
  await expect(resident.getByRole("heading", { level: 1 })).toHaveText("EN Buurt in het Engels");
  await resident.getByRole("button", { name: "Start the survey" }).click();
  await resident.getByRole("button", { name: "Check your answers" }).click();
  await expect(resident).toHaveURL(/\/controleren$/);
  await resident.getByRole("button", { name: "Send", exact: true }).click();
  await expect(resident).toHaveURL(/\/klaar$/);
  expect(
    queryE2eDb<{ language: string | null }>(
      "select language from responses where survey_id = ? and status = 'completed'",
      surveyId,
    ),
  ).toEqual([{ language: "en" }]);

  await logInAs(page, "staff");
  await page.goto(`/beheer/surveys/${surveyId}/respons`);
  const languages = page.getByRole("table", { name: "Ingevulde vragenlijsten per taal" });
  await expect(languages.getByRole("row", { name: /Engels/ })).toContainText("1 (100%)");
  await expectNoAxeViolations(page);
});
