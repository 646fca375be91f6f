import { describe, expect, it } from "vitest";
import { definition, sampleQuestions as q } from "./test-definitions";
import { parseDefinition } from "./validate-definition";

function errorsOf(input: unknown): string[] {
  const result = parseDefinition(input);
  if (result.ok) throw new Error("expected the definition to be rejected");
  return result.errors;
}

const withCondition = (visibleIf: unknown) =>
  definition([
    { id: "p1", questions: [q.gender, q.support, q.grid, q.score, q.age, q.name, q.district, q.order] },
    { id: "p2", questions: [{ id: "follow", type: "short_text", text: "Waarom?", visibleIf }] },
  ]);

describe("parseDefinition", () => {
  it("accepts a valid definition and applies defaults", () => {
    const result = parseDefinition(
      definition([
        { id: "p1", questions: [q.gender, q.support, q.grid] },
        {
          id: "p2",
          visibleIf: { question: "gender", operator: "equals", value: "vrouw" },
          questions: [q.score, { ...q.age, visibleIf: { question: "score", operator: "gt", value: 5 } }],
        },
      ]),
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.definition.pages[0].questions[0].required).toBe(false);
    expect(result.definition.format).toBe(1);
  });

  it("names page and question for shape errors instead of raw paths", () => {
    const errors = errorsOf(
      definition([
        {
          id: "intro",
          questions: [q.gender, { id: "q2", type: "rating" }, { type: "short_text", text: "" }],
        },
      ]),
    );
    expect(errors).toContain('page 1 ("intro"), question "q2": text is required');
    expect(errors).toContain('page 1 ("intro"), question 3: id is required');
    expect(errors).toContain('page 1 ("intro"), question 3: text is required');
    expect(errors.join("\n")).not.toMatch(/pages\.0/);
  });

  it("explains unknown question types, bad ids, missing survey texts and too few options", () => {
    const input = definition([
      {
        id: "Intro",
        questions: [
          { id: "q1", type: "smiley", text: "Hoe gaat het?" },
          { id: "q2", type: "dropdown", text: "Kies", options: [{ value: "a", label: "A" }] },
          {
            id: "q3",
            type: "single_choice",
            text: "Kies",
            options: [
              { value: "_anders", label: "A" },
              { value: "b", label: "B" },
            ],
          },
        ],
      },
    ]);
    (input as { title?: string }).title = undefined;
    const errors = errorsOf(input);
    expect(errors).toContain("survey: title is required");
    expect(errors.some((e) => e.startsWith('page 1 ("Intro"): id "Intro" is not valid'))).toBe(true);
    expect(
      errors.some((e) =>
        e.startsWith('page 1 ("Intro"), question "q1": type "smiley" is not known; use one of single_choice'),
      ),
    ).toBe(true);
    expect(errors).toContain('page 1 ("Intro"), question "q2": options needs at least 2 options');
    expect(
      errors.some((e) =>
        e.startsWith('page 1 ("Intro"), question "q3": option 1: value "_anders" is reserved'),
      ),
    ).toBe(true);
  });

  it("rejects duplicate page ids, question ids (across pages), option values and statement ids", () => {
    const errors = errorsOf(
      definition([
        {
          id: "p1",
          questions: [
            { ...q.gender, options: [...q.gender.options, { value: "man", label: "Man" }] },
            { ...q.grid, statements: [...q.grid.statements, { id: "s1", text: "Nog eens" }] },
          ],
        },
        { id: "p1", questions: [{ ...q.score, id: "gender" }] },
      ]),
    );
    expect(errors).toContain('page 2 ("p1"): page id "p1" is already used by page 1');
    expect(errors).toContain(
      'page 2 ("p1"), question "gender": question id "gender" is already used (page 1 ("p1"), question "gender")',
    );
    expect(errors).toContain('page 1 ("p1"), question "gender": option value "man" is used twice');
    expect(errors).toContain('page 1 ("p1"), question "grid": statement id "s1" is used twice');
  });

  it("rejects min above max and field ids that would clash on a page", () => {
    const errors = errorsOf(
      definition([
        {
          id: "p1",
          questions: [
            { ...q.age, min: 50, max: 10 },
            { ...q.support, id: "hulp" },
            { ...q.name, id: "hulp-other" },
          ],
        },
      ]),
    );
    expect(errors).toContain('page 1 ("p1"), question "age": min (50) is greater than max (10)');
    expect(
      errors.some((e) =>
        e.startsWith('page 1 ("p1"), question "hulp-other": its field id "vraag-hulp-other" clashes'),
      ),
    ).toBe(true);
  });

  it("rejects conditions on unknown, later and self questions", () => {
    const errors = errorsOf(
      definition([
        {
          id: "p1",
          questions: [
            { ...q.gender, visibleIf: { question: "score", operator: "answered" } },
            { ...q.score, visibleIf: { question: "score", operator: "answered" } },
          ],
        },
        { id: "p2", questions: [{ ...q.name, visibleIf: { question: "q9", operator: "answered" } }] },
      ]),
    );
    expect(errors).toContain('page 2 ("p2"), question "name": condition refers to unknown question "q9"');
    expect(
      errors.some((e) =>
        e.startsWith('page 1 ("p1"), question "gender": condition refers to a later question "score"'),
      ),
    ).toBe(true);
    expect(errors).toContain('page 1 ("p1"), question "score": condition refers to itself');
  });

  it("rejects a page condition on a question of the same page or a later page", () => {
    const errors = errorsOf(
      definition([
        { id: "p1", questions: [q.gender] },
        { id: "p2", visibleIf: { question: "score", operator: "answered" }, questions: [q.score] },
        { id: "p3", visibleIf: { question: "age", operator: "answered" }, questions: [q.name] },
        { id: "p4", questions: [q.age] },
      ]),
    );
    expect(
      errors.some((e) =>
        e.startsWith('page 2 ("p2"): condition refers to question "score" on this same page'),
      ),
    ).toBe(true);
    expect(
      errors.some((e) => e.startsWith('page 3 ("p3"): condition refers to a later question "age"')),
    ).toBe(true);
  });

  it("finds every bad leaf inside all/any trees, reporting all errors", () => {
    const errors = errorsOf(
      withCondition({
        any: [
          { question: "gender", operator: "gt", value: 3 },
          {
            all: [
              { question: "score", operator: "equals", value: "hoog" },
              { question: "nope", operator: "answered" },
            ],
          },
        ],
      }),
    );
    const at = 'page 2 ("p2"), question "follow": ';
    expect(errors).toContain(
      `${at}condition on "gender": operator "gt" needs a rating or number question, but "gender" is single_choice`,
    );
    expect(errors).toContain(
      `${at}condition on "score": operator "equals" on a rating question needs a number as value`,
    );
    expect(errors).toContain(`${at}condition refers to unknown question "nope"`);
    expect(errors).toHaveLength(3);
  });

  it.each([
    [
      { question: "gender", operator: "equals", value: "onbekend" },
      'value "onbekend" is not an answer option of "gender"',
    ],
    [
      { question: "gender", operator: "equals", value: "_anders" },
      'value "_anders" is not an answer option of "gender"',
    ],
    [
      { question: "district", operator: "not_equals", value: 3 },
      'operator "not_equals" needs an answer option as value',
    ],
    [
      { question: "gender", operator: "any_of", value: [] },
      'operator "any_of" needs a non-empty list of answer options',
    ],
    [
      { question: "gender", operator: "any_of", value: "man" },
      'operator "any_of" needs a non-empty list of answer options',
    ],
    [
      { question: "support", operator: "any_of", value: ["wmo", "geen"] },
      'value "geen" is not an answer option of "support"',
    ],
    [
      { question: "age", operator: "any_of", value: ["12"] },
      'operator "any_of" cannot test a number question',
    ],
    [{ question: "age", operator: "lt", value: "12" }, 'operator "lt" needs a number as value'],
    [{ question: "name", operator: "gt", value: 1 }, 'operator "gt" needs a rating or number question'],
    [{ question: "score", operator: "answered", value: 3 }, 'operator "answered" takes no value'],
    [
      { question: "grid", operator: "equals", value: "3" },
      'a likert question needs "statement" (one of "s1", "s2")',
    ],
    [{ question: "grid", statement: "s9", operator: "equals", value: "3" }, 'statement "s9" does not exist'],
    [
      { question: "grid", statement: "s1", operator: "equals", value: "9" },
      'value "9" is not an answer option of "grid"',
    ],
    [
      { question: "gender", statement: "s1", operator: "equals", value: "man" },
      '"statement" can only be used for a likert question',
    ],
    [
      { question: "order", operator: "equals", value: "zorg" },
      'a ranking question can only be tested with "answered"',
    ],
  ])("rejects the condition %j", (condition, message) => {
    const errors = errorsOf(withCondition(condition));
    expect(
      errors.some(
        (e) => e.startsWith('page 2 ("p2"), question "follow": condition on') && e.includes(message),
      ),
    ).toBe(true);
  });

  it.each([
    { question: "support", operator: "equals", value: "_anders" },
    { question: "support", operator: "equals", value: "_weet_niet" },
    { question: "support", operator: "any_of", value: ["wmo", "jeugd"] },
    { question: "grid", statement: "s2", operator: "equals", value: "_weet_niet" },
    { question: "score", operator: "lt", value: 6 },
    { question: "age", operator: "equals", value: 65 },
    { question: "district", operator: "not_equals", value: "noord" },
    { question: "name", operator: "equals", value: "centrum" },
    { question: "order", operator: "answered" },
  ])("accepts the condition %j", (condition) => {
    expect(parseDefinition(withCondition(condition)).ok).toBe(true);
  });

  it("explains a malformed condition by the branch the author meant", () => {
    const errors = errorsOf(withCondition({ question: "gender", operator: "is", value: "man" }));
    expect(errors).toEqual([
      'page 2 ("p2"), question "follow": condition operator must be one of "equals", "not_equals", "any_of", "gt", "lt", "answered"',
    ]);
  });

  it("still checks references when another part of the document is malformed", () => {
    const errors = errorsOf(
      definition([
        { id: "p1", questions: [{ ...q.gender, text: "" }] },
        { id: "p2", questions: [{ ...q.name, visibleIf: { question: "q9", operator: "answered" } }] },
      ]),
    );
    expect(errors).toContain('page 1 ("p1"), question "gender": text is required');
    expect(errors).toContain('page 2 ("p2"), question "name": condition refers to unknown question "q9"');
  });

  it("refuses things that are not a definition at all", () => {
    expect(errorsOf(null)).toContain("survey: must be an object");
    expect(errorsOf({ title: "x", intro: "x", privacy: "x", closing: "x", pages: [] })).toContain(
      "survey: pages needs at least one page",
    );
  });
});

describe("parseDefinition: translations", () => {
  const base = definition([{ id: "p1", questions: [q.gender, { ...q.name, id: "wijk" }] }]);

  it("accepts a translation whose keys name texts of the survey", () => {
    const result = parseDefinition({
      ...base,
      translations: { en: { title: "Social domain survey", "questions.gender.options.man": "Man" } },
    });
    expect(result.ok).toBe(true);
  });

  it("names the place of a key that names no text", () => {
    const errors = errorsOf({
      ...base,
      translations: {
        en: {
          "questions.gender.options.onbekend": "Unknown",
          "questions.q9.text": "Why?",
          "pages.p1.intro": "First about you",
        },
      },
    });
    expect(errors).toEqual([
      'page 1 ("p1"), question "gender": English translation: key "questions.gender.options.onbekend" names no text of the survey',
      'English translation: key "questions.q9.text" names no text of the survey',
      'page 1 ("p1"): English translation: key "pages.p1.intro" names no text of the survey',
    ]);
  });

  it("refuses a translated text longer than the source field allows", () => {
    const errors = errorsOf({
      ...base,
      translations: { en: { "questions.gender.options.man": "M".repeat(301), title: "T".repeat(200) } },
    });
    expect(errors).toEqual([
      'page 1 ("p1"), question "gender": English translation of "questions.gender.options.man" is too long (at most 300 characters)',
    ]);
  });

  it("refuses a translation into Dutch, the source", () => {
    const errors = errorsOf({ ...base, translations: { nl: { title: "Peiling" } } });
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^survey: translations/);
  });
});
