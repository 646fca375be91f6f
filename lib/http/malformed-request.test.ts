import { describe, expect, it } from "vitest";
import {
  hasMalformedPercentEncoding,
  isAcceptableActionJson,
  jsonDepth,
  MAX_JSON_DEPTH,
} from "./malformed-request";

describe("hasMalformedPercentEncoding", () => {
  it("finds escapes that are not UTF-8 or not complete", () => {
    for (const path of ["/s/%ff", "/s/x/vraag/%ff", "/resultaten/%e0%a4", "/panel/afmelden/%", "/s/%zz"])
      expect(hasMalformedPercentEncoding(path), path).toBe(true);
  });

  it("accepts ordinary and correctly encoded paths", () => {
    for (const path of ["/", "/s/sociaal-domein-2026", "/s/caf%C3%A9", "/resultaten/a%2Fb", "/s/100%25"])
      expect(hasMalformedPercentEncoding(path), path).toBe(false);
  });
});

describe("jsonDepth", () => {
  it("counts nesting of arrays and objects, not brackets inside strings", () => {
    expect(jsonDepth('"plain"')).toBe(0);
    expect(jsonDepth('["$K1"]')).toBe(1);
    expect(jsonDepth('{"a":[{"b":[]}]}')).toBe(4);
    expect(jsonDepth('["[[[[", "\\"[[["]')).toBe(1);
  });

  it("stops early on a hostile depth", () => {
    const deep = "[".repeat(1_000_000) + "]".repeat(1_000_000);
    expect(jsonDepth(deep)).toBe(MAX_JSON_DEPTH + 1);
  });
});

describe("isAcceptableActionJson", () => {
  it("accepts what React sends for Peiling's actions", () => {
    expect(isAcceptableActionJson('["$K1"]')).toBe(true);
    expect(
      isAcceptableActionJson('[{"surveyId":3,"pages":[{"questions":[{"options":[{"id":"a"}]}]}]}]'),
    ).toBe(true);
  });

  it("refuses text that is not JSON, and JSON nested deeper than the limit", () => {
    expect(isAcceptableActionJson("{{{ geen json")).toBe(false);
    expect(isAcceptableActionJson("")).toBe(false);
    const tooDeep = "[".repeat(MAX_JSON_DEPTH + 1) + "]".repeat(MAX_JSON_DEPTH + 1);
    expect(isAcceptableActionJson(tooDeep)).toBe(false);
    const atLimit = "[".repeat(MAX_JSON_DEPTH) + "]".repeat(MAX_JSON_DEPTH);
    expect(isAcceptableActionJson(atLimit)).toBe(true);
  });
});
