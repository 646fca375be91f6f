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
      crossTab: null,
    });
    expect(parseResultsView({ breakdown: "q:zelf-meegemaakt", panel: "3", crosstab: "huishouden" })).toEqual({
      breakdown: { kind: "question", questionId: "zelf-meegemaakt" },
      filters: { panel: "3" },
      weighted: false,
      crossTab: "huishouden",
    });
    expect(parseResultsView({ breakdown: "q:stellingen-buurt.thuis-voelen" }).breakdown).toEqual({
      kind: "question",
      questionId: "stellingen-buurt.thuis-voelen",
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
    ).toEqual({ breakdown: null, filters: { sex: "man" }, weighted: false, crossTab: null });
    // A panel is named by its id as a route names it: no 0, no leading zeros.
    expect(parseResultsView({ panel: "0" }).filters).toEqual({});
    expect(parseResultsView({ panel: "007" }).filters).toEqual({});
    // A cross-tab only goes with a breakdown by a question.
    expect(parseResultsView({ breakdown: "sex", crosstab: "huishouden" }).crossTab).toBeNull();
  });

  it("writes the query string back for links", () => {
    const view = parseResultsView({
      breakdown: "q:wijk",
      channel: "public",
      weighted: "1",
      crosstab: "huishouden",
    });
    expect(resultsViewQuery(view)).toBe("breakdown=q%3Awijk&channel=public&weighted=1&crosstab=huishouden");
    expect(parseResultsView(Object.fromEntries(new URLSearchParams(resultsViewQuery(view))))).toEqual(view);
  });
});
