import { describe, expect, it } from "vitest";
import { localizeDefinition, missingTranslationKeys, surveyLanguages } from "./localize-definition";
import type { SurveyDefinitionInput } from "./schema";
import { definition, sampleQuestions as q } from "./test-definitions";
import { translationKeys } from "./translation-keys";

const source: SurveyDefinitionInput = {
  ...definition([
    {
      id: "p1",
      questions: [
        { ...q.gender, help: "Kies wat bij u past.", required: true },
        q.support,
        q.grid,
        { ...q.score, minLabel: "slecht", maxLabel: "goed" },
        { ...q.age, unit: "jaar" },
        q.name,
        q.story,
        q.district,
        q.order,
      ],
    },
    {
      id: "p2",
      visibleIf: { question: "gender", operator: "equals", value: "vrouw" },
      questions: [{ ...q.name, id: "why", visibleIf: { question: "score", operator: "gt", value: 5 } }],
    },
  ]),
};
source.pages[0].intro = "Eerst over u.";

/** A complete "translation": every source text prefixed, so each replacement is recognisable. */
const complete = Object.fromEntries(
  translationKeys(source).map(({ key, source: text }) => [key, `EN ${text}`]),
);

describe("translationKeys", () => {
  it("gives every text a resident reads a key, and nothing else", () => {
    const keys = translationKeys(source).map((k) => k.key);
    expect(keys.slice(0, 6)).toEqual([
      "title",
      "intro",
      "privacy",
      "closing",
      "pages.p1.title",
      "pages.p1.intro",
    ]);
    expect(keys).toEqual(
      expect.arrayContaining([
        "questions.gender.text",
        "questions.gender.help",
        "questions.gender.options.vrouw",
        "questions.support.options.schuld",
        "questions.grid.statements.s2",
        "questions.grid.scale.5",
        "questions.score.minLabel",
        "questions.score.maxLabel",
        "questions.age.unit",
        "questions.story.text",
        "questions.district.options.noord",
        "questions.order.options.geld",
        "pages.p2.title",
        "questions.why.text",
      ]),
    );
    // Texts the source does not have get no key.
    expect(keys).not.toContain("pages.p2.intro");
    expect(keys).not.toContain("questions.support.help");
    expect(new Set(keys).size).toBe(keys.length);
    // Every string a resident reads in the source is some key's source text.
    const sources = new Set(translationKeys(source).map((k) => k.source));
    const residentTexts = JSON.stringify(source)
      .match(/"(?:title|intro|privacy|closing|text|help|label|minLabel|maxLabel|unit)":"[^"]*"/g)
      ?.map((pair) => JSON.parse(`{${pair}}`))
      .map((o: Record<string, string>) => Object.values(o)[0]);
    for (const text of residentTexts ?? []) expect(sources).toContain(text);
  });

  it("carries the same length limit as the source field", () => {
    const byKey = new Map(translationKeys(source).map((k) => [k.key, k.maxLength]));
    expect(byKey.get("title")).toBe(200);
    expect(byKey.get("questions.gender.text")).toBe(1000);
    expect(byKey.get("questions.age.unit")).toBe(40);
  });
});

describe("localizeDefinition", () => {
  it("replaces exactly the translated text and leaves every other text Dutch", () => {
    const withOne = { ...source, translations: { en: { "questions.gender.options.vrouw": "Woman" } } };
    const localized = localizeDefinition(withOne, "en");
    expect(localized.pages[0].questions[0]).toMatchObject({
      text: "Wat is uw geslacht?",
      options: [
        { value: "man", label: "MAN" },
        { value: "vrouw", label: "Woman" },
        { value: "x", label: "X" },
      ],
    });
    const changed = JSON.stringify(localized).replace('"Woman"', '"VROUW"');
    expect(changed).toBe(JSON.stringify(withOne));
  });

  it("falls back to Dutch for a missing or empty key", () => {
    const { "questions.gender.text": _dropped, ...partial } = complete;
    const localized = localizeDefinition(
      { ...source, translations: { en: { ...partial, title: "  " } } },
      "en",
    );
    expect(localized.title).toBe("Peiling sociaal domein");
    expect(localized.pages[0].questions[0].text).toBe("Wat is uw geslacht?");
    expect(localized.pages[0].questions[0].help).toBe("EN Kies wat bij u past.");
  });

  it("never changes ids, option values, conditions or settings", () => {
    const translated = { ...source, translations: { en: complete } };
    const localized = localizeDefinition(translated, "en");
    const skeleton = (d: SurveyDefinitionInput) =>
      JSON.stringify(d, (key, value) =>
        [
          "title",
          "intro",
          "privacy",
          "closing",
          "text",
          "help",
          "label",
          "minLabel",
          "maxLabel",
          "unit",
        ].includes(key)
          ? "…"
          : value,
      );
    expect(skeleton(localized)).toBe(skeleton(translated));
    expect(localized.pages[1].visibleIf).toEqual({ question: "gender", operator: "equals", value: "vrouw" });
    expect(localized.pages[0].questions[0].required).toBe(true);
    expect(localized.pages[0].questions[2]).toMatchObject({
      statements: [
        { id: "s1", text: "EN Ik voel me thuis in mijn wijk." },
        { id: "s2", text: "EN Ik weet waar ik hulp kan vinden." },
      ],
    });
  });

  it("gives the definition unchanged for Dutch and for a language without translation", () => {
    const translated = { ...source, translations: { en: complete } };
    expect(localizeDefinition(translated, "nl")).toBe(translated);
    expect(localizeDefinition(source, "en")).toBe(source);
  });
});

describe("surveyLanguages", () => {
  it("offers Dutch first and only languages whose translation is complete", () => {
    expect(surveyLanguages(source)).toEqual(["nl"]);
    expect(surveyLanguages({ ...source, translations: { en: complete } })).toEqual(["nl", "en"]);
    const { "questions.order.options.geld": _dropped, ...incomplete } = complete;
    const partly = { ...source, translations: { en: incomplete } };
    expect(surveyLanguages(partly)).toEqual(["nl"]);
    expect(missingTranslationKeys(partly, "en")).toEqual(["questions.order.options.geld"]);
  });
});
