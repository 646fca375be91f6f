import { describe, expect, it } from "vitest";
import { surveyDefinitionSchema } from "@/lib/surveys/definition/schema";
import { builderFormJson, builderFormSchema } from "./builder-schema";
import { definitionToForm } from "./definition-to-form";
import { everyType, problems } from "./form-conversion-test-support";
import { newRule } from "./form-model";
import { formToDefinition } from "./form-to-definition";

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

describe("a ranking's top places (rankCount)", () => {
  const form = () => definitionToForm(everyType(), "alle-soorten", { lockIds: false });
  const rankingIndex = (f: ReturnType<typeof form>) =>
    f.pages[1].questions.findIndex((q) => q.type === "ranking");

  it("round-trips, and refuses more places than there are options or a place count that is not a number", () => {
    const f = form();
    const i = rankingIndex(f);
    const ranking = f.pages[1].questions[i];
    ranking.rankCount = "2";
    expect(problems(f)).toEqual({});
    const saved = surveyDefinitionSchema.parse(formToDefinition(f));
    expect(saved.pages[1]?.questions[i]).toMatchObject({ type: "ranking", rankCount: 2 });
    const again = definitionToForm(saved, "alle-soorten", { lockIds: false });
    expect(again.pages[1].questions[i].rankCount).toBe("2");
    ranking.rankCount = String(ranking.options.length + 1);
    expect(problems(f)).toEqual({ [`pages.1.questions.${i}.rankCount`]: "rankCountTooHigh" });
    ranking.rankCount = "drie";
    expect(problems(f)).toEqual({ [`pages.1.questions.${i}.rankCount`]: "notANumber" });
  });
});
