import { describe, expect, it } from "vitest";
import { sociaalDomeinDefinition } from "@/db/seed/oosterhout-sociaal-domein";
import { QUESTION_TYPES, type SurveyDefinition, surveyDefinitionSchema } from "@/lib/survey/schema";
import { sampleQuestions } from "@/lib/survey/test-definitions";
import { parseDefinition } from "@/lib/survey/validate-definition";
import { builderFormJson, builderFormSchema } from "./builder-schema";
import { definitionToForm } from "./definition-to-form";
import { decodeMessage } from "./error-message";
import { type BuilderForm, newQuestion, newRule, withTypeDefaults } from "./form-model";
import { formToDefinition } from "./form-to-definition";
import { validateBuilderForm } from "./form-validation";
import { idFromText, nextNumberedId, optionValueFromLabel, suggestSurveySlug } from "./ids";

const everyType = (): SurveyDefinition =>
  surveyDefinitionSchema.parse({
    title: "Alle soorten vragen",
    intro: "Intro",
    privacy: "Privacy",
    closing: "Dank u wel",
    estimatedMinutes: 7,
    pages: [
      {
        id: "een",
        title: "Een",
        intro: "Uitleg bij pagina een",
        questions: [
          { ...sampleQuestions.gender, help: "Mag leeg", required: true },
          { ...sampleQuestions.support, maxSelected: 2 },
          sampleQuestions.grid,
          { ...sampleQuestions.score, minLabel: "Slecht", maxLabel: "Goed" },
          { ...sampleQuestions.age, integer: false, unit: "jaar" },
        ],
      },
      {
        id: "twee",
        title: "Twee",
        block: "positive_health",
        visibleIf: {
          any: [
            { question: "age", operator: "gt", value: 17.5 },
            { question: "gender", operator: "answered" },
          ],
        },
        questions: [
          {
            ...sampleQuestions.name,
            visibleIf: { question: "grid", statement: "s1", operator: "equals", value: "5" },
          },
          {
            ...sampleQuestions.story,
            visibleIf: {
              all: [
                { question: "support", operator: "any_of", value: ["wmo", "_anders"] },
                {
                  any: [
                    { question: "score", operator: "lt", value: 4 },
                    { question: "name", operator: "not_equals", value: "x" },
                  ],
                },
              ],
            },
          },
          sampleQuestions.district,
          sampleQuestions.order,
        ],
      },
    ],
  });

const LIKERT = [
  { value: "1", label: "Oneens", auto: false },
  { value: "2", label: "Eens", auto: false },
];

/** The messages of a form's problems, keyed by path, with the key's last part only. */
function problems(form: BuilderForm): Record<string, string> {
  return Object.fromEntries(
    validateBuilderForm(form).map((issue) => {
      const decoded = decodeMessage(issue.message);
      return [issue.path, "key" in decoded ? decoded.key.replace("builder.errors.", "") : decoded.text];
    }),
  );
}

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
    expect(parseDefinition(formToDefinition(form))).toEqual(parsed);
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

describe("form problems at the field to fix", () => {
  const form = () => definitionToForm(everyType(), "alle-soorten", { lockIds: false });

  it("names empty required texts, the slug format and numbers that are not numbers", () => {
    const f = form();
    f.title = " ";
    f.slug = "Met Hoofdletters";
    f.estimatedMinutes = "vijf";
    f.pages[0].questions[0].options[1].label = "";
    f.pages[0].questions[4].max = "veel";
    f.pages[1].questions[0].maxLength = "2,5";
    expect(problems(f)).toEqual({
      slug: "slugFormat",
      title: "required",
      estimatedMinutes: "notANumber",
      "pages.0.questions.0.options.1.label": "required",
      "pages.0.questions.4.max": "notANumber",
      "pages.1.questions.0.maxLength": "notInteger",
    });
  });

  it("names lists that are too short, an invalid id, a duplicate id and a reversed range", () => {
    const f = form();
    f.pages[0].questions[0].options.splice(1);
    f.pages[0].questions[1].id = "Vraag 2";
    f.pages[1].questions[2].id = "gender";
    f.pages[0].questions[4].min = "50";
    f.pages[0].questions[4].max = "10";
    f.pages[0].questions[1].maxSelected = "9";
    f.pages[1].questions[1].visibility.enabled = false;
    f.pages[1].visibility.enabled = false;
    expect(problems(f)).toEqual({
      "pages.0.questions.0.options": "optionsMin",
      "pages.0.questions.1.id": "idFormat",
      "pages.1.questions.2.id": "questionIdTaken",
      "pages.0.questions.4.max": "minAboveMax",
      "pages.0.questions.1.maxSelected": "maxSelectedTooHigh",
    });
  });

  it("names an option whose label makes no usable value, and a duplicate option", () => {
    const f = form();
    f.pages[1].questions[2].options[0] = { value: "", label: "!!!", auto: true };
    f.pages[1].questions[3].options[1] = { ...f.pages[1].questions[3].options[0] };
    expect(problems(f)).toEqual({
      "pages.1.questions.2.options.0.label": "valueFromLabel",
      "pages.1.questions.3.options.1.label": "duplicate",
    });
  });

  it("checks every part of a condition rule", () => {
    const f = form();
    const rule = (patch: Partial<ReturnType<typeof newRule>>) => ({ ...newRule(), ...patch });
    f.pages[0].questions[2].visibility = {
      enabled: true,
      mode: "any",
      items: [
        rule({}),
        rule({ question: "name" }),
        rule({ question: "gender" }),
        rule({ question: "gender", operator: "gt", value: "1" }),
        rule({ question: "gender", operator: "equals" }),
        rule({ question: "gender", operator: "equals", value: "onbekend" }),
        rule({ question: "support", operator: "any_of" }),
        rule({ question: "support", operator: "any_of", values: ["wmo", "_weet_niet"] }),
        rule({ question: "verdwenen", operator: "answered" }),
        { ...rule({}), kind: "group", mode: "all", items: [] },
      ],
    };
    f.pages[0].questions[4].visibility = {
      enabled: true,
      mode: "all",
      items: [
        rule({ question: "grid", operator: "equals", value: "1" }),
        rule({ question: "score", operator: "lt", value: "laag" }),
      ],
    };
    f.pages[1].visibility = { enabled: true, mode: "all", items: [] };
    const p = "pages.0.questions.2.visibility.items";
    expect(problems(f)).toEqual({
      [`${p}.0.question`]: "conditionQuestionRequired",
      [`${p}.1.question`]: "conditionQuestionLater",
      [`${p}.2.operator`]: "conditionOperatorRequired",
      [`${p}.3.operator`]: "conditionOperatorInvalid",
      [`${p}.4.value`]: "conditionValueRequired",
      [`${p}.5.value`]: "conditionValueUnknown",
      [`${p}.6.values`]: "conditionValuesRequired",
      [`${p}.8.question`]: "conditionQuestionUnknown",
      [`${p}.9.mode`]: "conditionGroupEmpty",
      "pages.0.questions.4.visibility.items.0.statement": "conditionStatementRequired",
      "pages.0.questions.4.visibility.items.1.value": "notANumber",
      "pages.1.visibility.enabled": "conditionEmpty",
    });
  });

  it("a page condition may only use questions on earlier pages", () => {
    const f = form();
    f.pages[0].visibility = {
      enabled: true,
      mode: "all",
      items: [{ ...newRule(), question: "gender", operator: "answered" }],
    };
    expect(problems(f)).toEqual({ "pages.0.visibility.items.0.question": "conditionQuestionLaterPage" });
  });

  it("the zod schema reports the same problems at the same paths, also from JSON", () => {
    const f = form();
    f.title = "";
    const result = builderFormSchema.safeParse(f);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([
      ["title", "builder.errors.required"],
    ]);
    const fromJson = builderFormJson.safeParse(JSON.stringify(f));
    expect(fromJson.error?.issues.map((i) => i.path.join("."))).toEqual(["title"]);
    expect(builderFormJson.safeParse("{niet json").error?.issues.map((i) => i.message)).toEqual([
      "builder.errors.invalid",
    ]);
    expect(builderFormJson.safeParse(JSON.stringify({ ...f, pages: "geen lijst" })).success).toBe(false);
    expect(builderFormSchema.parse(form())).toEqual(form());
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
