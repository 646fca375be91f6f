import fs from "node:fs";
import { type Browser, expect, type Page, test } from "@playwright/test";
import { QUESTION_TYPES, surveyDefinitionSchema } from "../lib/surveys/definition/schema";
import { parseDefinition } from "../lib/surveys/definition/validate-definition";
import { demo, logInAs } from "./support/auth";
import { expectNoAxeViolations } from "./support/axe";
import { buildEveryTypeSurvey, logInByKeyboard, saveStatus } from "./support/build-survey-by-keyboard";
import { queryE2eDb } from "./support/db";
import { sendDemoSurvey, walkDemoSurveyToLastPage } from "./support/demo-survey-answers";
import { chooseRadio, pressButton } from "./support/keyboard";
import { hiddenActionFields, openServerRendered } from "./support/server-rendered";
import { DEMO_SLUG, DEMO_URL, demoResponses, startSurveyAt } from "./support/survey";

// The survey builder: staff build a survey with every question type and a condition by keyboard
// alone, preview and export it; two editors saving the same draft; and the server refusing
// edits that would orphan stored answers, and edits by someone who may not edit.

// --- the database, read-only -------------------------------------------------------------------

const query = queryE2eDb;

type SurveyRow = { id: number; slug: string; title: string; status: string; revision: number };
const surveyBySlug = (slug: string) =>
  query<SurveyRow>("select id, slug, title, status, revision from surveys where slug = ?", slug)[0];
const versionsOf = (surveyId: number) =>
  query<{ number: number; frozen: number; definition: string }>(
    "select number, frozen_at is not null as frozen, definition from survey_versions where survey_id = ? order by number",
    surveyId,
  );
const currentDefinition = (surveyId: number) =>
  JSON.parse(
    query<{ definition: string }>(
      "select v.definition from surveys s join survey_versions v on v.id = s.current_version_id where s.id = ?",
      surveyId,
    )[0].definition,
  );
/** Everything a save could change, to compare before and after a refused request. */
const surveyState = (surveyId: number) => ({
  survey: query(
    "select slug, title, status, revision, current_version_id from surveys where id = ?",
    surveyId,
  ),
  versions: versionsOf(surveyId),
  audit: query<{ n: number }>(
    "select count(*) as n from audit_log where subject_type = 'survey' and subject_id = ?",
    String(surveyId),
  )[0].n,
});

const titleField = (page: Page) => page.getByRole("textbox", { name: "Titel (verplicht)", exact: true });

// --- 1. building a survey by keyboard -------------------------------------------------------------

test("staff build a survey with every question type and a condition by keyboard, preview and export it", async ({
  page,
}) => {
  test.setTimeout(240_000);
  await logInByKeyboard(page, "staff");
  const surveyId = await buildEveryTypeSurvey(page, {
    title: "Wonen en welzijn 2027",
    slug: "wonen-en-welzijn-2027",
  });

  const saved = currentDefinition(surveyId);
  const questions = saved.pages.flatMap((p: { questions: { type: string }[] }) => p.questions);
  expect(new Set(questions.map((q: { type: string }) => q.type))).toEqual(new Set(QUESTION_TYPES));
  expect(saved.pages[0].questions[3]).toMatchObject({
    id: "vraag-4",
    type: "long_text",
    visibleIf: { question: "vraag-2", operator: "equals", value: "nee" },
  });
  expect(saved.pages[0].questions[1].options).toEqual([
    { value: "ja", label: "Ja" },
    { value: "nee", label: "Nee" },
  ]);
  expect(saved.pages[1].questions.map((q: { type: string }) => q.type)).toEqual([
    "multiple_choice",
    "likert",
    "rating",
    "dropdown",
    "ranking",
  ]);
  expect(surveyBySlug("wonen-en-welzijn-2027").revision).toBe(2);

  // The preview: what a resident sees, with the condition working, and nothing stored.
  await pressButton(page, page.getByRole("link", { name: "Voorbeeld bekijken" }));
  await expect(page).toHaveURL(new RegExp(`/beheer/surveys/${surveyId}/voorbeeld$`));
  await expect(page.getByRole("heading", { level: 1, name: "Wonen en welzijn 2027" })).toBeVisible();
  await expectNoAxeViolations(page);
  await pressButton(page, page.getByRole("button", { name: "Start de vragenlijst" }));
  await expect(page.getByRole("heading", { level: 1, name: "Over u" })).toBeVisible();
  const followUp = page.getByLabel("Waar woont u dan?");
  await expect(followUp).toHaveCount(0);
  await expectNoAxeViolations(page);
  await chooseRadio(page, "vraag-2.choice", "nee");
  await expect(followUp).toBeVisible();
  await expectNoAxeViolations(page);
  // Focus is on "Nee"; the arrow key moves the choice back to "Ja".
  await page.keyboard.press("ArrowUp");
  await expect(page.getByRole("radio", { name: "Ja" })).toBeChecked();
  await expect(followUp).toHaveCount(0);
  await pressButton(page, page.getByRole("button", { name: "Volgende" }));
  await expect(page.getByRole("heading", { level: 1, name: "Uw buurt" })).toBeVisible();
  await expect(page.getByText("Stap 2 van 2")).toBeVisible();
  await expect(page.getByRole("group", { name: /Hoe eens bent u het met deze stellingen/ })).toBeVisible();
  await expectNoAxeViolations(page);
  expect(query("select id from responses where survey_id = ?", surveyId)).toEqual([]);

  // The export: the working definition as the CLI writes it, valid, with every type.
  await page.goto(`/beheer/surveys/${surveyId}/bewerken`);
  const downloading = page.waitForEvent("download");
  await pressButton(page, page.getByRole("link", { name: "Exporteren als JSON" }));
  const download = await downloading;
  expect(download.suggestedFilename()).toBe("wonen-en-welzijn-2027-versie-1.json");
  const exported = JSON.parse(fs.readFileSync((await download.path()) as string, "utf8"));
  expect(surveyDefinitionSchema.safeParse(exported).success).toBe(true);
  expect(parseDefinition(exported).ok).toBe(true);
  const exportedTypes = exported.pages.flatMap((p: { questions: { type: string }[] }) =>
    p.questions.map((q) => q.type),
  );
  expect(new Set(exportedTypes)).toEqual(new Set(QUESTION_TYPES));
  expect(exported).toEqual(saved);
});

// --- 2. two editors, one draft ---------------------------------------------------------------------

test("of two editors saving the same draft, the later is refused with the other's name, and nothing is overwritten", async ({
  page,
  browser,
}) => {
  await logInAs(page, "staff");
  // A copy of the demo concept, so other tests keep theirs.
  const source = surveyBySlug("mantelzorg-2026");
  await page.goto(`/beheer/surveys/${source.id}/bewerken`);
  await page.getByRole("button", { name: "Kopie maken" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "Enquête bewerken: Kopie van Mantelzorg in Oosterhout (concept)",
  );
  const copy = surveyBySlug("kopie-van-mantelzorg-in-oosterhout-concept");
  expect(copy).toMatchObject({ status: "concept", revision: 1 });
  const editUrl = `/beheer/surveys/${copy.id}/bewerken`;

  const other = await (await browser.newContext()).newPage();
  await logInAs(other, "admin");
  await other.goto(editUrl);
  await expectNoAxeViolations(other);

  // The staff member saves a new title first; leaving before saving asks first.
  await titleField(page).fill("Mantelzorg 2027");
  const warned = new Promise<string>((resolve) =>
    page.once("dialog", (dialog) => {
      resolve(dialog.message());
      void dialog.dismiss();
    }),
  );
  await page.getByRole("link", { name: "Voorbeeld bekijken" }).click();
  expect(await warned).toBe(
    "U heeft wijzigingen die nog niet zijn opgeslagen. Wilt u de pagina toch verlaten?",
  );
  await expect(page).toHaveURL(new RegExp(`${editUrl}$`));
  await expect(titleField(page)).toHaveValue("Mantelzorg 2027");
  await page.getByRole("button", { name: "Opslaan", exact: true }).click();
  await expect(saveStatus(page)).toHaveText("Opgeslagen. Dit is nu versie 1.");
  const afterFirst = surveyState(copy.id);

  // The administrator, still on the revision they opened, changes the intro and saves.
  await other.getByLabel("Introductie").fill("Een andere introductie.");
  await other.getByRole("button", { name: "Opslaan", exact: true }).click();
  const conflict = other.getByRole("alert", { name: "Iemand anders heeft deze enquête intussen gewijzigd" });
  await expect(conflict).toBeFocused();
  await expect(conflict).toContainText(`${demo("staff").name} heeft deze enquête op`);
  await expect(conflict).toContainText("Uw wijzigingen zijn niet opgeslagen, en er is niets overschreven.");
  await expectNoAxeViolations(other);
  expect(surveyState(copy.id)).toEqual(afterFirst);
  const stored = currentDefinition(copy.id);
  expect(stored.title).toBe("Mantelzorg 2027");
  expect(stored.intro).not.toBe("Een andere introductie.");

  // Reloading shows the newest version.
  await conflict.getByRole("link", { name: "Laad de nieuwste versie" }).click();
  await expect(titleField(other)).toHaveValue("Mantelzorg 2027");
  await expect(other.getByText(`Laatst gewijzigd door ${demo("staff").name}`)).toBeVisible();
  await other.context().close();

  // The copy never left concept: it can be deleted (after confirming).
  await page.reload();
  await page.getByRole("button", { name: "Enquête verwijderen" }).click();
  await expect(page.getByText("Vink aan dat u de enquête echt wilt verwijderen.")).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByLabel(/Ja, verwijder/).check();
  await page.getByRole("button", { name: "Enquête verwijderen" }).click();
  await expect(page).toHaveURL(/\/beheer$/);
  expect(surveyBySlug("kopie-van-mantelzorg-in-oosterhout-concept")).toBeUndefined();
});

// --- 3. the server refuses what the page does not allow ---------------------------------------------

/** The builder form's hidden fields (server action id, survey, revision, payload) as the server renders them. */
async function builderFormFields(page: Page, browser: Browser, path: string, form = "survey-builder") {
  const copy = await openServerRendered(page, browser, path);
  const fields = await hiddenActionFields(copy.locator(`form[data-form="${form}"]`));
  await copy.context().close();
  return fields;
}

async function completeDemoResponse(page: Page): Promise<void> {
  await startSurveyAt(page);
  await walkDemoSurveyToLastPage(page);
  await sendDemoSurvey(page);
}

type Payload = {
  pages: { questions: { id: string; help: string; options: { value: string; label: string }[] }[] }[];
};
const findQuestion = (payload: Payload, id: string) => {
  for (const page of payload.pages) {
    const index = page.questions.findIndex((q) => q.id === id);
    if (index >= 0) return { page, index, question: page.questions[index] };
  }
  throw new Error(`no question ${id}`);
};

test("a survey with answers: destructive edits are refused by the server, wording creates a new version, and only staff may save", async ({
  page,
  browser,
  playwright,
  baseURL,
}) => {
  test.setTimeout(240_000);
  const origin = new URL(baseURL ?? "").origin;
  const headers = { Origin: origin };
  const survey = surveyBySlug(DEMO_SLUG);
  if (!demoResponses().some((r) => r.status === "completed")) await completeDemoResponse(page);
  const editUrl = `/beheer/surveys/${survey.id}/bewerken`;

  await logInAs(page, "staff");
  await page.goto(editUrl);
  await expect(page.getByText("Er zijn al antwoorden op deze enquête.")).toBeVisible();
  // Codes of an answered survey are shown, not editable.
  await expect(page.getByText("Code: wijk", { exact: true })).toBeVisible();
  await expectNoAxeViolations(page);
  const fields = await builderFormFields(page, browser, editUrl);
  const post = (payload: Payload, as: Page = page) =>
    as.request.post(editUrl, { multipart: { ...fields, payload: JSON.stringify(payload) }, headers });
  const original = (): Payload => JSON.parse(fields.payload);
  const before = surveyState(survey.id);

  // Removing an option of the dropdown "wijk".
  const withoutOption = original();
  const wijk = findQuestion(withoutOption, "wijk").question;
  const removedOption = wijk.options.pop();
  const refusedOption = await post(withoutOption);
  expect(refusedOption.status()).toBe(200);
  const optionPage = await refusedOption.text();
  // (The page also carries the message catalogue: look for the rendered summary line.)
  expect(optionPage).toMatch(
    /<li>Deze wijziging kan niet: er zijn al antwoorden op deze enquête\. Niets is opgeslagen\./,
  );
  expect(optionPage).toContain(`de optie ‘${removedOption?.label}’ verwijderd`);
  expect(surveyState(survey.id)).toEqual(before);

  // Removing a question.
  const withoutQuestion = original();
  const tips = findQuestion(withoutQuestion, "tips-gemeente");
  tips.page.questions.splice(tips.index, 1);
  const refusedQuestion = await (await post(withoutQuestion)).text();
  expect(refusedQuestion).toContain("(tips-gemeente) op pagina 7 is verwijderd.");
  expect(surveyState(survey.id)).toEqual(before);

  // An adviesraad member replaying a wording change: refused, nothing changes.
  const reworded = original();
  findQuestion(reworded, "mist-in-wijk").question.help =
    "Bijvoorbeeld een ontmoetingsplek of een pinautomaat.";
  const member = await (await browser.newContext()).newPage();
  await logInAs(member, "adviesraad");
  const asMember = await post(reworded, member);
  expect(asMember.status()).toBeLessThan(500);
  expect(surveyState(survey.id)).toEqual(before);
  // Nor can they download the definition.
  expect((await member.request.get(`/beheer/surveys/${survey.id}/export`)).status()).toBe(403);
  await member.context().close();
  // Not signed in: the proxy sends the request to the sign-in page.
  const anonymous = await playwright.request.newContext({ baseURL });
  const asVisitor = await anonymous.post(editUrl, {
    multipart: { ...fields, payload: JSON.stringify(reworded) },
    headers,
    maxRedirects: 0,
  });
  expect(asVisitor.status()).toBe(307);
  await anonymous.dispose();
  expect(surveyState(survey.id)).toEqual(before);

  // The same wording change by staff is accepted as a new, frozen version that residents now get.
  const accepted = await (await post(reworded)).text();
  expect(accepted).not.toMatch(/<li>Deze wijziging kan niet/);
  expect(accepted).toContain(`Opgeslagen als nieuwe versie ${before.versions.length + 1}.`);
  const after = surveyState(survey.id);
  expect(after.versions.map((v) => [v.number, v.frozen])).toEqual([
    ...before.versions.map((v) => [v.number, v.frozen]),
    [before.versions.length + 1, 1],
  ]);
  expect(findQuestion(currentDefinition(survey.id), "mist-in-wijk").question.help).toBe(
    "Bijvoorbeeld een ontmoetingsplek of een pinautomaat.",
  );
  expect(after.survey).toMatchObject([{ revision: survey.revision + 1 }]);
  const audit = query<{ action: string; details: string }>(
    "select action, details from audit_log where subject_type = 'survey' and subject_id = ? order by id desc limit 1",
    String(survey.id),
  )[0];
  expect(audit.action).toBe("survey.draft_saved");
  expect(JSON.parse(audit.details)).toMatchObject({ version: before.versions.length + 1, newVersion: true });

  // Deleting the open survey, by replaying a new concept's delete form with the open survey's id: refused.
  await page.goto("/beheer/surveys/nieuw");
  await page.getByLabel("Titel").fill("Alleen om te verwijderen");
  await page.getByRole("button", { name: "Enquête aanmaken" }).click();
  await expect(page).toHaveURL(/\/bewerken$/);
  const deleteUrl = new URL(page.url()).pathname;
  const deleteFields = await builderFormFields(page, browser, deleteUrl, "delete-survey");
  const refusedDelete = await page.request.post(deleteUrl, {
    multipart: { ...deleteFields, surveyId: String(survey.id), confirm: "ja" },
    headers,
  });
  expect(await refusedDelete.text()).toMatch(
    /id="delete-confirm-error">Deze enquête kan niet weg: hij is gedeeld/,
  );
  expect(surveyBySlug(DEMO_SLUG)).toBeDefined();
  expect(surveyState(survey.id)).toEqual(after);

  // The page shows the new version; the resident's survey still works.
  await page.goto(editUrl);
  await expect(page.getByText(`Versie ${before.versions.length + 1}.`, { exact: false })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.goto(DEMO_URL);
  await expect(page.getByRole("button", { name: "Start de vragenlijst" })).toBeVisible();
});

// --- 4. import ---------------------------------------------------------------------------------------

test("a definition file imports as a new concept, and a broken one is refused with every problem and its place", async ({
  page,
}) => {
  await logInAs(page, "staff");
  const demoSurvey = surveyBySlug("mantelzorg-2026");
  const definition = currentDefinition(demoSurvey.id);

  await page.goto("/beheer/surveys/import");
  await expectNoAxeViolations(page);
  const broken = structuredClone(definition);
  broken.pages[0].questions[0].options = [{ value: "een", label: "Een" }];
  broken.pages[0].questions[1].visibleIf = { question: "bestaat-niet", operator: "answered" };
  await page.getByLabel(/Definitiebestand/).setInputFiles({
    name: "kapot.json",
    mimeType: "application/json",
    buffer: Buffer.from(JSON.stringify(broken)),
  });
  await page.getByRole("button", { name: "Importeren als nieuwe enquête" }).click();
  const problems = page.getByRole("alert", { name: "Het bestand is niet geïmporteerd" });
  await expect(problems).toBeFocused();
  await expect(problems).toContainText(
    'page 1 ("uw-zorg"), question "zorgt-voor": options needs at least 2 options',
  );
  await expect(problems).toContainText('condition refers to unknown question "bestaat-niet"');
  await expectNoAxeViolations(page);

  await page.getByLabel(/Definitiebestand/).setInputFiles({
    name: "mantelzorg.json",
    mimeType: "application/json",
    buffer: Buffer.from(JSON.stringify({ ...definition, title: "Mantelzorg geïmporteerd" })),
  });
  await page.getByRole("button", { name: "Importeren als nieuwe enquête" }).click();
  await expect(page).toHaveURL(/\/beheer\/surveys\/\d+\/bewerken$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "Enquête bewerken: Mantelzorg geïmporteerd",
  );
  const imported = surveyBySlug("mantelzorg-geimporteerd");
  expect(currentDefinition(imported.id)).toEqual({ ...definition, title: "Mantelzorg geïmporteerd" });
  await expectNoAxeViolations(page);
});
