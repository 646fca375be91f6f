import { describe, expect, it } from "vitest";
import { sociaalDomeinDefinition } from "@/lib/demo/oosterhout-sociaal-domein";
import { QUESTION_TYPES, surveyDefinitionSchema } from "@/lib/surveys/definition/schema";
import { parseDefinition } from "@/lib/surveys/definition/validate-definition";
import { definitionToForm } from "./definition-to-form";
import { everyType, problems } from "./form-conversion-test-support";
import { newQuestion, withTypeDefaults } from "./form-model";
import { formToDefinition } from "./form-to-definition";
import { validateBuilderForm } from "./form-validation";
import { idFromText, nextNumberedId, optionValueFromLabel, suggestSurveySlug } from "./ids";

const LIKERT = [
  { value: "1", label: "Oneens", auto: false },
  { value: "2", label: "Eens", auto: false },
];

describe("definition ↔ form", () => {
  it("round-trips every question type, conditions and settings unchanged", () => {
    const definition = everyType();
    expect(new Set(definition.pages.flatMap((p) => p.questions.map((q) => q.type)))).toEqual(
      new Set(QUESTION_TYPES),
    );
    const form = definitionToForm(definition, "alle-soorten", { lockIds: false });
    expect(validateBuilderForm(form)).toEqual([]);
    expect(surveyDefinitionSchema.parse(formToDefinition(form))).toEqual(definition);
  });

  it("round-trips the Oosterhout demo survey", () => {
    const parsed = parseDefinition(sociaalDomeinDefinition);
    if (!parsed.ok) throw new Error(parsed.errors.join("\n"));
    const form = definitionToForm(parsed.definition, "sociaal-domein-2026", { lockIds: true });
    expect(validateBuilderForm(form)).toEqual([]);
    // The builder's form holds the Dutch texts only; a save keeps the stored translations of the
    // texts that stay (lib/surveys/data/survey-drafts.ts), so they are not part of the round trip.
    const { translations, ...dutch } = parsed.definition;
    expect(Object.keys(translations ?? {}).sort()).toEqual(["ar", "en", "pl", "tr"]);
    expect(parseDefinition(formToDefinition(form))).toEqual({ ok: true, definition: dutch });
  });

  it("shows a single condition as a group of one, saved options with a fixed value", () => {
    const form = definitionToForm(everyType(), "x", { lockIds: true });
    const name = form.pages[1].questions[0];
    expect(name.visibility).toMatchObject({ enabled: true, mode: "all" });
    expect(name.visibility.items).toMatchObject([
      { kind: "rule", question: "grid", statement: "s1", operator: "equals", value: "5" },
    ]);
    expect(form.pages[0].questions[0]).toMatchObject({
      locked: true,
      text: "Wat is uw geslacht?",
      help: "Mag leeg",
    });
    expect(form.pages[0].questions[0].options[0]).toEqual({ value: "man", label: "MAN", auto: false });
    expect(form.pages[0].questions[4]).toMatchObject({ min: "12", max: "120", integer: false, unit: "jaar" });
  });

  it("leaves out empty texts and numbers, reads a decimal comma, and keeps only the chosen type's settings", () => {
    const form = definitionToForm(everyType(), "x", { lockIds: false });
    const age = form.pages[0].questions[4];
    age.min = "";
    age.max = "99,5";
    age.unit = "  ";
    age.help = " ";
    age.options = [{ value: "stray", label: "Hoort niet bij een getal", auto: false }];
    const out = formToDefinition(form).pages[0].questions[4];
    expect(out).toEqual({
      id: "age",
      type: "number",
      text: "Hoe oud bent u?",
      required: false,
      max: 99.5,
      integer: false,
    });
  });

  it("turns a question built from scratch into a valid question of every type", () => {
    for (const type of QUESTION_TYPES) {
      const question = newQuestion("nieuw", type, LIKERT);
      question.text = "Een nieuwe vraag";
      question.options = question.options.map((_o, i) => ({
        value: `optie-${i}`,
        label: `Optie ${i}`,
        auto: false,
      }));
      question.statements = question.statements.map(() => ({
        id: "stelling",
        text: "Een stelling",
        auto: false,
      }));
      const form = definitionToForm(everyType(), "x", { lockIds: false });
      form.pages[0].questions.push(question);
      expect(problems(form), type).toEqual({});
      const parsed = parseDefinition(formToDefinition(form));
      expect(parsed.ok, type).toBe(true);
    }
  });

  it("switching a type in the form fills what the new type needs and keeps what was typed", () => {
    const question = { ...newQuestion("v", "short_text", LIKERT), text: "Wat vindt u?" };
    const likert = withTypeDefaults(question, "likert", LIKERT);
    expect(likert).toMatchObject({
      type: "likert",
      text: "Wat vindt u?",
      statements: [{ id: "", text: "" }],
    });
    expect(likert.scale.map((o) => o.value)).toEqual(["1", "2"]);
    const choice = withTypeDefaults(likert, "single_choice", LIKERT);
    expect(choice.options).toHaveLength(2);
    expect(choice.scale).toEqual(likert.scale);
  });
});

describe("generated ids", () => {
  it("makes option values from labels, unique within the list", () => {
    expect(optionValueFromLabel("Zeer tevreden!", new Set())).toBe("zeer-tevreden");
    expect(optionValueFromLabel("Één keer", new Set(["een-keer"]))).toBe("een-keer-2");
    expect(optionValueFromLabel("5", new Set())).toBe("5");
    expect(optionValueFromLabel("???", new Set())).toBe("optie");
    expect(optionValueFromLabel("x".repeat(60), new Set(["x".repeat(40)]))).toBe(`${"x".repeat(38)}-2`);
  });

  it("makes ids that start with a letter, numbered ids and survey slugs", () => {
    expect(idFromText("5 dagen per week", new Set(), "stelling")).toBe("s-5-dagen-per-week");
    expect(idFromText("", new Set(["stelling"]), "stelling")).toBe("stelling-2");
    expect(nextNumberedId("vraag", new Set(["vraag-1", "vraag-2"]))).toBe("vraag-3");
    expect(suggestSurveySlug("Mantelzorg in Oosterhout (2027)")).toBe("mantelzorg-in-oosterhout-2027");
  });
});

describe("empty new options", () => {
  it("report the empty label, not the value it cannot make", () => {
    const form = definitionToForm(
      surveyDefinitionSchema.parse({
        title: "T",
        intro: "I",
        privacy: "P",
        closing: "C",
        pages: [{ id: "p", title: "P", questions: [{ id: "q", type: "short_text", text: "Q" }] }],
      }),
      "t",
      { lockIds: false },
    );
    form.pages[0].questions.push({ ...newQuestion("keuze", "single_choice", LIKERT), text: "Kies" });
    expect(problems(form)).toEqual({
      "pages.0.questions.1.options.0.label": "required",
      "pages.0.questions.1.options.1.label": "required",
    });
  });
});
