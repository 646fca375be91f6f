import { describe, expect, it } from "vitest";
import { parseResultsView, resultsViewQuery } from "./view-query";

describe("the results page's query string", () => {
  it("reads a breakdown by a dimension or a question, combined filters and weighting", () => {
    expect(
      parseResultsView({
        breakdown: "age_group",
        channel: "panel",
        sex: "vrouw",
        district: "Centrum",
        weighted: "1",
      }),
    ).toEqual({
      breakdown: { kind: "dimension", dimension: "age_group" },
      filters: { channel: "panel", sex: "vrouw", district: "Centrum" },
      weighted: true,
    });
    expect(parseResultsView({ breakdown: "q:zelf-meegemaakt", panel: "3" })).toEqual({
      breakdown: { kind: "question", questionId: "zelf-meegemaakt" },
      filters: { panel: "3" },
      weighted: false,
    });
  });

  it("ignores what does not fit instead of failing, and empty form fields", () => {
    expect(
      parseResultsView({
        breakdown: "q:DROP TABLE",
        channel: "fax",
        panel: "een",
        age_group: "",
        sex: ["man", "vrouw"],
        weighted: "ja",
      }),
    ).toEqual({ breakdown: null, filters: { sex: "man" }, weighted: false });
  });

  it("writes the query string back for links", () => {
    const view = parseResultsView({ breakdown: "sex", channel: "public", weighted: "1" });
    expect(resultsViewQuery(view)).toBe("breakdown=sex&channel=public&weighted=1");
    expect(parseResultsView(Object.fromEntries(new URLSearchParams(resultsViewQuery(view))))).toEqual(view);
  });
});
