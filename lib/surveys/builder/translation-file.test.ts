import { describe, expect, it } from "vitest";
import { type SurveyDefinition, surveyDefinitionSchema } from "@/lib/surveys/definition/schema";
import { definition, sampleQuestions } from "@/lib/surveys/definition/test-definitions";
import {
  languageOfFileName,
  readTranslationFile,
  translationChanges,
  translationFile,
  translationFileName,
} from "./translation-file";
import { keepingTranslations, withTranslationTexts } from "./translation-merge";

const source: SurveyDefinition = surveyDefinitionSchema.parse(
  definition([{ id: "een", questions: [sampleQuestions.gender, sampleQuestions.score] }]),
);

describe("translation files", () => {
  it("are named <slug>.<language>.json, and a name says its language", () => {
    expect(translationFileName("wonen-2027", "ar")).toBe("wonen-2027.ar.json");
    expect(languageOfFileName("wonen-2027.PL.json")).toBe("pl");
    expect(languageOfFileName("vertaling.json")).toBeUndefined();
  });

  it("hold the Dutch source in full, and of a language only its non-empty texts, in the survey's order", () => {
    expect(Object.keys(translationFile(source, "nl"))).toEqual([
      "title",
      "intro",
      "privacy",
      "closing",
      "pages.een.title",
      "questions.gender.text",
      "questions.gender.options.man",
      "questions.gender.options.vrouw",
      "questions.gender.options.x",
      "questions.score.text",
    ]);
    const translated = {
      ...source,
      translations: { tr: { "questions.score.text": "Puanınız?", title: " " } },
    };
    expect(translationFile(translated, "tr")).toEqual({ "questions.score.text": "Puanınız?" });
  });

  it("read back with a byte-order mark, and refuse what is not one flat object of texts", () => {
    expect(readTranslationFile('\uFEFF{"title": "Survey"}', "x.en.json", source, "en")).toEqual({
      ok: true,
      texts: { title: "Survey" },
    });
    expect(readTranslationFile('["title"]', "x.en.json", source, "en")).toEqual({
      ok: false,
      problems: [{ code: "not_flat_object" }],
    });
    expect(readTranslationFile('{"title": {"en": "Survey"}}', "x.en.json", source, "en")).toEqual({
      ok: false,
      problems: [{ code: "not_text", key: "title" }],
    });
    // A file named for Polish is not read in as English, whatever it holds.
    expect(readTranslationFile('{"title": "Ankieta"}', "x.pl.json", source, "en")).toEqual({
      ok: false,
      problems: [{ code: "wrong_language", fileLanguage: "pl" }],
    });
  });

  it("preview only texts that are new or different", () => {
    const translated = { ...source, translations: { en: { title: "Survey" } } };
    expect(translationChanges(translated, "en", { title: "Survey", intro: "Welcome" })).toEqual([
      { key: "intro", source: "Welkom", before: null, after: "Welcome" },
    ]);
  });
});

describe("saving translations into a definition", () => {
  it("sets given texts, removes emptied ones, keeps the rest, and drops a language left empty", () => {
    const translated = { ...source, translations: { en: { title: "Survey", intro: "Welcome" } } };
    const saved = withTranslationTexts(translated, "en", [
      { key: "title", text: "" },
      { key: "closing", text: "Thank you" },
    ]);
    expect(saved.translations).toEqual({ en: { intro: "Welcome", closing: "Thank you" } });
    const emptied = withTranslationTexts(saved, "en", [
      { key: "intro", text: "" },
      { key: "closing", text: " " },
    ]);
    expect(emptied.translations).toBeUndefined();
  });

  it("keep a survey's translations through a save without any, for the texts that remain", () => {
    const before = {
      ...source,
      translations: { pl: { title: "Ankieta", "questions.score.text": "Ocena?" } },
    };
    const withoutScore = {
      ...source,
      pages: [{ ...source.pages[0], questions: [source.pages[0].questions[0]] }],
    };
    expect(keepingTranslations(withoutScore, before).translations).toEqual({ pl: { title: "Ankieta" } });
    // A definition that brings translations of its own replaces them.
    const own = { ...source, translations: { en: { title: "Survey" } } };
    expect(keepingTranslations(own, before).translations).toEqual({ en: { title: "Survey" } });
  });
});
