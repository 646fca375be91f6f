import { describe, expect, it } from "vitest";
import { InputError } from "@/lib/accounts/errors";
import { describeRefusal } from "./describe-refusal";
import { placeErrorsToPaths } from "./place-errors";
import { BlockedEditError, DraftConflictError, InvalidDefinitionError } from "./save-errors";

/** A translator that shows the key and its values, so the test sees what was asked for. */
const t = (key: string, values?: Record<string, string | number>) =>
  values ? `${key} ${JSON.stringify(values)}` : key;
const opts = { t, formatDate: (d: Date) => d.toISOString().slice(0, 10), definition: {} };

const definition = {
  pages: [
    { id: "een", questions: [{ id: "q1" }, { id: "q2" }] },
    { id: "twee", questions: [{ id: "q3" }, {}] },
  ],
};

describe("placeErrorsToPaths", () => {
  it("links each message to the question or page it names, and the rest to the survey", () => {
    expect(
      placeErrorsToPaths(definition, [
        'page 1 ("een"), question "q2": condition refers to unknown question "x"',
        'page 2 ("twee"): page id "twee" is already used by page 1',
        'page 2 ("twee"), question 2: text is required',
        "survey: title is required",
      ]),
    ).toEqual({
      "pages.0.questions.1": ['page 1 ("een"), question "q2": condition refers to unknown question "x"'],
      "pages.1": ['page 2 ("twee"): page id "twee" is already used by page 1'],
      "pages.1.questions.1": ['page 2 ("twee"), question 2: text is required'],
      _definition: ["survey: title is required"],
    });
  });
});

describe("describeRefusal", () => {
  it("names who saved in between, and when", () => {
    const error = describeRefusal(
      new DraftConflictError("Fatima de Vries", new Date("2026-03-02T10:00:00Z")),
      opts,
    );
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).fieldErrors).toEqual({
      revision: ['conflict.byName {"name":"Fatima de Vries","date":"2026-03-02"}'],
    });
    const unknown = describeRefusal(new DraftConflictError(null, new Date("2026-03-02T10:00:00Z")), opts);
    expect((unknown as InputError).fieldErrors.revision[0]).toMatch(/^conflict\.unknown/);
  });

  it("lists blocked changes at the form field where they show, or for the whole survey", () => {
    const error = describeRefusal(
      new BlockedEditError([
        {
          code: "question_removed",
          pageId: "een",
          pageNumber: 1,
          pageTitle: "Een",
          questionId: "q2",
          questionText: "Twee?",
        },
        {
          code: "option_value_changed",
          pageId: "een",
          pageNumber: 1,
          pageTitle: "Een",
          questionId: "q1",
          questionText: "Een?",
          from: "ja",
          to: "jazeker",
          label: "Ja",
          path: "pages.0.questions.0.options.1.value",
        },
        {
          code: "range_narrowed",
          pageId: "een",
          pageNumber: 1,
          pageTitle: "Een",
          questionId: "q1",
          questionText: "Een?",
          setting: "max",
          from: "10",
          to: "5",
          path: "pages.0.questions.0.max",
        },
      ]),
      opts,
    ) as InputError;
    expect(error.formError).toBe("blocked.title. blocked.intro");
    expect(Object.keys(error.fieldErrors)).toEqual([
      "_blocked",
      "pages.0.questions.0.options.1.label",
      "pages.0.questions.0.max",
    ]);
    expect(error.fieldErrors._blocked[0]).toContain('"question":"Twee?","id":"q2"');
    expect(error.fieldErrors["pages.0.questions.0.max"][0]).toContain('"setting":"blocked.settings.max"');
  });

  it("places every definition problem, and passes other errors through", () => {
    const error = describeRefusal(
      new InvalidDefinitionError([
        'page 1 ("een"), question "q1": text is required',
        "survey: intro is required",
      ]),
      { ...opts, definition },
    ) as InputError;
    expect(error.fieldErrors).toEqual({
      "pages.0.questions.0": ['page 1 ("een"), question "q1": text is required'],
      _definition: ["survey: intro is required"],
    });
    const other = new Error("database is locked");
    expect(describeRefusal(other, opts)).toBe(other);
  });
});
