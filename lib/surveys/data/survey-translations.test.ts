import { beforeEach, describe, expect, it, vi } from "vitest";
import { setUpTempDatabase } from "@/lib/testing/temp-database";

// Only the cookie layer is replaced: which session the request's cookie names.
vi.mock("@/auth", async () => (await import("@/lib/testing/session-cookie")).mockedAuth);
vi.mock("next/headers", async () => (await import("@/lib/testing/session-cookie")).mockedHeaders);
setUpTempDatabase("survey-translations");

import { AuthorizationError, InputError } from "@/lib/accounts/errors";
import { DraftConflictError } from "@/lib/surveys/builder/save-errors";
import { saveTranslationsSchema } from "@/lib/surveys/builder/translation-schema";
import { errorOf } from "@/lib/testing/error-of";
import { signOut } from "@/lib/testing/signed-in";
import { createSurvey } from "./survey-concepts";
import { getWorkingDefinition, saveDraft } from "./survey-drafts";
import {
  addResponse,
  auditOf,
  definition,
  freezeVersions,
  setStatus,
  signInAs,
  surveyRow,
  versionsOf,
} from "./survey-drafts-test-support";
import {
  exportTranslationFile,
  getSurveyTranslations,
  previewTranslationImport,
  saveTranslations,
} from "./survey-translations";

beforeEach(() => {
  signOut();
});

let slugs = 0;
async function newSurvey() {
  slugs += 1;
  const slug = `vertaald-${slugs}`;
  const { id } = await createSurvey({ slug, definition: definition() });
  return { id, slug };
}

/** The save as the form posts it: flat field names, checked by the action's own schema. */
function posted(fields: Record<string, string>) {
  return saveTranslationsSchema.parse(fields);
}

const englishTitle = (surveyId: number, revision: number, title: string, origin = "editor") =>
  posted({
    surveyId: String(surveyId),
    revision: String(revision),
    language: "en",
    origin,
    "texts.0.key": "title",
    "texts.0.text": title,
    "texts.1.key": "questions.gender.options.vrouw",
    "texts.1.text": "Woman",
  });

const translations = async (surveyId: number) =>
  (await getWorkingDefinition(surveyId))?.definition.translations;

describe("the translations screen's data", () => {
  it("counts every language's translated and missing texts and lists the texts beside their Dutch source", async () => {
    await signInAs("staff");
    const { id } = await newSurvey();
    const screen = await getSurveyTranslations(id, "en");
    // title, intro, privacy, closing, the page title, the two questions and three options.
    expect(screen?.total).toBe(10);
    expect(screen?.languages).toEqual([
      { language: "en", translated: 0, missing: 10, offered: false },
      { language: "ar", translated: 0, missing: 10, offered: false },
      { language: "tr", translated: 0, missing: 10, offered: false },
      { language: "pl", translated: 0, missing: 10, offered: false },
    ]);
    expect(screen?.rows[0]).toEqual({
      key: "title",
      source: "Wonen in de wijk",
      maxLength: 200,
      text: "",
      place: { part: "title" },
    });
    expect(screen?.rows.find((r) => r.key === "questions.gender.options.vrouw")?.place).toEqual({
      part: "option",
      page: 1,
      question: 1,
      number: 2,
    });
    expect(screen?.rows.map((r) => r.key)).toContain("questions.gender.options.vrouw");
  });

  it("is for staff who may edit surveys", async () => {
    const { id } = await (async () => {
      await signInAs("staff");
      return await newSurvey();
    })();
    signOut();
    expect(await errorOf(getSurveyTranslations(id, "en"))).toBeInstanceOf(AuthorizationError);
    await signInAs("adviesraad");
    expect(await errorOf(getSurveyTranslations(id, "en"))).toBeInstanceOf(AuthorizationError);
    expect(await errorOf(saveTranslations(englishTitle(id, 1, "Living")))).toBeInstanceOf(AuthorizationError);
    expect(await errorOf(exportTranslationFile(id, "nl"))).toBeInstanceOf(AuthorizationError);
  });
});

describe("saving a language's texts", () => {
  it("saves them as a new revision of the draft, audited with the language and counts, never the texts", async () => {
    const staff = await signInAs("staff");
    const { id } = await newSurvey();
    const result = await saveTranslations(englishTitle(id, 1, "Living in the neighbourhood"));
    expect(result).toMatchObject({
      changed: true,
      revision: 2,
      newVersion: false,
      translated: 2,
      missing: 8,
    });
    expect(await translations(id)).toEqual({
      en: { title: "Living in the neighbourhood", "questions.gender.options.vrouw": "Woman" },
    });
    // The Dutch title stays the survey's title.
    expect((await surveyRow(id)).title).toBe("Wonen in de wijk");
    const entry = (await auditOf(id)).at(-1);
    expect(entry).toMatchObject({
      action: "survey.translations_saved",
      actorId: staff.id,
      details: { language: "en", added: 2, changed: 0, removed: 0, revision: 2 },
    });
    expect(JSON.stringify(entry?.details)).not.toContain("Living");

    // An empty text makes it missing again; texts not posted stay.
    await saveTranslations(
      posted({
        surveyId: String(id),
        revision: "2",
        language: "en",
        "texts.0.key": "title",
        "texts.0.text": "  ",
      }),
    );
    expect(await translations(id)).toEqual({ en: { "questions.gender.options.vrouw": "Woman" } });
    expect((await getSurveyTranslations(id, "en"))?.languages[0]).toEqual({
      language: "en",
      translated: 1,
      missing: 9,
      offered: false,
    });
  });

  it("offers a language once every text is translated", async () => {
    await signInAs("staff");
    const { id } = await newSurvey();
    const screen = await getSurveyTranslations(id, "pl");
    const texts = Object.fromEntries(
      (screen?.rows ?? []).flatMap((row, i) => [
        [`texts.${i}.key`, row.key],
        [`texts.${i}.text`, `PL ${row.source}`],
      ]),
    );
    await saveTranslations(posted({ surveyId: String(id), revision: "1", language: "pl", ...texts }));
    expect((await getSurveyTranslations(id, "pl"))?.languages.find((l) => l.language === "pl")).toEqual({
      language: "pl",
      translated: 10,
      missing: 0,
      offered: true,
    });
  });

  it("refuses a save from a form opened before someone else saved, naming them, and saves nothing", async () => {
    await signInAs("staff", "Fatima de Vries");
    const { id } = await newSurvey();
    await saveTranslations(englishTitle(id, 1, "First"));
    await signInAs("staff", "Jan Jansen");
    const error = await errorOf(saveTranslations(englishTitle(id, 1, "Second")));
    expect(error).toBeInstanceOf(DraftConflictError);
    expect((error as DraftConflictError).by).toBe("Fatima de Vries");
    expect((await translations(id))?.en?.title).toBe("First");
  });

  it("refuses texts for keys the survey does not have and texts too long for their place, saving none", async () => {
    await signInAs("staff");
    const { id } = await newSurvey();
    const error = await errorOf(
      saveTranslations(
        posted({
          surveyId: String(id),
          revision: "1",
          language: "en",
          "texts.0.key": "intro",
          "texts.0.text": "Welcome",
          "texts.1.key": "questions.verdwenen.text",
          "texts.1.text": "Gone",
          "texts.2.key": "title",
          "texts.2.text": "x".repeat(201),
        }),
      ),
    );
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).fieldErrors).toEqual({
      "texts.1.text": ['builder.errors.translationKeyUnknown|{"key":"questions.verdwenen.text"}'],
      "texts.2.text": ['builder.errors.tooLong|{"max":200}'],
    });
    expect(await translations(id)).toBeUndefined();
    expect((await surveyRow(id)).revision).toBe(1);
  });

  it("follows the survey's lifecycle: an open survey gets a new version residents answer, a closed one refuses", async () => {
    await signInAs("staff");
    const { id } = await newSurvey();
    await freezeVersions(id);
    await setStatus(id, "open");
    await addResponse(id);
    await saveTranslations(englishTitle(id, 1, "Living"));
    expect(await versionsOf(id)).toEqual([
      { number: 1, frozen: true, title: "Wonen in de wijk" },
      { number: 2, frozen: true, title: "Wonen in de wijk" },
    ]);
    expect((await translations(id))?.en?.title).toBe("Living");

    await setStatus(id, "closed");
    const refused = await errorOf(saveTranslations(englishTitle(id, 2, "Too late")));
    expect((refused as InputError).formError).toBe("builder.errors.notEditable");
    expect((await translations(id))?.en?.title).toBe("Living");
  });
});

describe("translation files", () => {
  it("exports the Dutch source and a language's translated texts as flat key-value JSON named <slug>.<language>.json", async () => {
    await signInAs("staff");
    const { id, slug } = await newSurvey();
    await saveTranslations(englishTitle(id, 1, "Living"));
    const dutch = await exportTranslationFile(id, "nl");
    expect(dutch?.fileName).toBe(`${slug}.nl.json`);
    expect(JSON.parse(dutch?.text ?? "")).toMatchObject({
      title: "Wonen in de wijk",
      "pages.een.title": "Een",
      "questions.gender.text": "Wat is uw geslacht?",
      "questions.gender.options.vrouw": "VROUW",
    });
    const english = await exportTranslationFile(id, "en");
    expect(english?.fileName).toBe(`${slug}.en.json`);
    expect(JSON.parse(english?.text ?? "")).toEqual({
      title: "Living",
      "questions.gender.options.vrouw": "Woman",
    });
  });

  it("checks an imported file, listing every unknown key, empty text and too long text, and saves nothing", async () => {
    await signInAs("staff");
    const { id, slug } = await newSurvey();
    const preview = await previewTranslationImport({
      surveyId: id,
      language: "en",
      fileName: `${slug}.en.json`,
      fileText: JSON.stringify({
        title: "Living",
        "questions.gendr.text": "Sex?",
        intro: "",
        "pages.een.title": "y".repeat(201),
        closing: 3,
      }),
    });
    expect(preview).toEqual({
      ok: false,
      problems: [
        { code: "unknown_key", key: "questions.gendr.text" },
        { code: "empty", key: "intro" },
        { code: "too_long", key: "pages.een.title", max: 200, length: 201 },
        { code: "not_text", key: "closing" },
      ],
    });
    expect(await translations(id)).toBeUndefined();

    const notJson = await previewTranslationImport({
      surveyId: id,
      language: "en",
      fileName: "x.json",
      fileText: "{ title: Living",
    });
    expect(notJson.ok === false && notJson.problems[0].code).toBe("not_json");
    const otherLanguage = await previewTranslationImport({
      surveyId: id,
      language: "en",
      fileName: `${slug}.pl.json`,
      fileText: "{}",
    });
    expect(otherLanguage).toEqual({ ok: false, problems: [{ code: "wrong_language", fileLanguage: "pl" }] });
  });

  it("previews what a good file changes, and saving the preview is audited as an import", async () => {
    await signInAs("staff");
    const { id, slug } = await newSurvey();
    await saveTranslations(englishTitle(id, 1, "Living"));
    const preview = await previewTranslationImport({
      surveyId: id,
      language: "en",
      fileName: `${slug}.en.json`,
      fileText: JSON.stringify({
        title: "Living in the neighbourhood",
        "questions.gender.options.vrouw": "Woman",
        "questions.gender.text": "What is your gender?",
      }),
    });
    expect(preview).toEqual({
      ok: true,
      language: "en",
      revision: 2,
      unchanged: 1,
      changes: [
        { key: "title", source: "Wonen in de wijk", before: "Living", after: "Living in the neighbourhood" },
        {
          key: "questions.gender.text",
          source: "Wat is uw geslacht?",
          before: null,
          after: "What is your gender?",
        },
      ],
    });
    // Nothing is saved by the preview.
    expect((await translations(id))?.en?.title).toBe("Living");

    if (!preview.ok) throw new Error("expected a preview");
    const fields: Record<string, string> = {
      surveyId: String(id),
      revision: String(preview.revision),
      language: "en",
      origin: "import",
    };
    preview.changes.forEach((change, i) => {
      fields[`texts.${i}.key`] = change.key;
      fields[`texts.${i}.text`] = change.after;
    });
    await saveTranslations(posted(fields));
    expect(await translations(id)).toEqual({
      en: {
        title: "Living in the neighbourhood",
        "questions.gender.options.vrouw": "Woman",
        "questions.gender.text": "What is your gender?",
      },
    });
    expect((await auditOf(id)).at(-1)).toMatchObject({
      action: "survey.translations_imported",
      details: { language: "en", added: 1, changed: 1, removed: 0 },
    });
  });
});

describe("the builder's saves and translations", () => {
  it("keeps a survey's translations when the builder saves, dropping only those of texts that are gone", async () => {
    await signInAs("staff");
    const { id, slug } = await newSurvey();
    await saveTranslations(
      posted({
        surveyId: String(id),
        revision: "1",
        language: "en",
        "texts.0.key": "title",
        "texts.0.text": "Living",
        "texts.1.key": "questions.age.text",
        "texts.1.text": "How old are you?",
      }),
    );
    // The builder's form holds no translations; this save also removes the age question.
    const edited = definition("Wonen in de wijk 2027");
    edited.pages[0].questions = edited.pages[0].questions.filter((q) => q.id !== "age");
    await saveDraft({ surveyId: id, revision: 2, slug, definition: edited });
    expect(await translations(id)).toEqual({ en: { title: "Living" } });
  });
});
