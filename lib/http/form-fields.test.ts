import { describe, expect, it } from "vitest";
import { nestFormFields, toStringList } from "./form-fields";

describe("nestFormFields", () => {
  it("turns flat form names into the nested shape the browser validated", () => {
    expect(
      nestFormFields({
        surveyId: "3",
        "points.1.body": "tweede",
        "points.0.body": "eerste",
        "points.0.questionIds": ["a", "b"],
        intent: "save",
      }),
    ).toEqual({
      surveyId: "3",
      points: [{ body: "eerste", questionIds: ["a", "b"] }, { body: "tweede" }],
      intent: "save",
    });
  });

  it("closes gaps left by removed points, keeping their order", () => {
    expect(nestFormFields({ "points.0.body": "a", "points.4.body": "c", "points.2.body": "b" })).toEqual({
      points: [{ body: "a" }, { body: "b" }, { body: "c" }],
    });
  });

  it("leaves already nested input alone", () => {
    const input = { points: [{ body: "x" }], intent: "submit" };
    expect(nestFormFields(input)).toBe(input);
    expect(nestFormFields(null)).toBe(null);
  });

  it("drops names that reach into prototypes or name absurd positions", () => {
    const out = nestFormFields({
      "__proto__.polluted": "yes",
      "points.constructor.x": "y",
      "points.100000000.body": "huge",
      "points.0.body": "ok",
    }) as Record<string, unknown>;
    expect(out).toEqual({ points: [{ body: "ok" }] });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("does not let a plain value and a nested one overwrite each other", () => {
    expect(nestFormFields({ points: "x", "points.0.body": "y" })).toEqual({ points: "x" });
  });
});

describe("toStringList", () => {
  it("reads a checkbox group whatever number was checked", () => {
    expect(toStringList(undefined)).toEqual([]);
    expect(toStringList(false)).toEqual([]);
    expect(toStringList("")).toEqual([]);
    expect(toStringList("vraag-1")).toEqual(["vraag-1"]);
    expect(toStringList(["a", "", "b"])).toEqual(["a", "b"]);
  });
});
