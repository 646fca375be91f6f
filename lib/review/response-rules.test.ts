import { describe, expect, it } from "vitest";
import { canFinalizeResponse, responseProblems } from "./response-rules";
import { explanationRequired } from "./verdicts";

describe("explanationRequired (Awb 3:50)", () => {
  it("asks for reasons only where advice is not or partly followed", () => {
    expect(explanationRequired("overgenomen")).toBe(false);
    expect(explanationRequired("deels_overgenomen")).toBe(true);
    expect(explanationRequired("niet_overgenomen")).toBe(true);
    expect(explanationRequired(undefined)).toBe(false);
  });
});

describe("finalizing a response", () => {
  const points = [11, 12, 13];

  it("is allowed when every point is answered and every partly/not adopted point has reasons", () => {
    const answers = [
      { pointId: 11, verdict: "overgenomen" as const, explanation: "" },
      { pointId: 12, verdict: "deels_overgenomen" as const, explanation: "Alleen de eerste helft past." },
      { pointId: 13, verdict: "niet_overgenomen" as const, explanation: "De wet staat dit niet toe." },
    ];
    expect(responseProblems(points, answers)).toEqual([]);
    expect(canFinalizeResponse(points, answers)).toBe(true);
  });

  it("names every unanswered point and every missing explanation", () => {
    const answers = [
      { pointId: 11, verdict: null, explanation: "" },
      { pointId: 13, verdict: "niet_overgenomen" as const, explanation: "   " },
    ];
    expect(responseProblems(points, answers)).toEqual([
      { kind: "unanswered", pointId: 11 },
      { kind: "unanswered", pointId: 12 },
      { kind: "explanation_missing", pointId: 13 },
    ]);
    expect(canFinalizeResponse(points, answers)).toBe(false);
  });

  it("refuses answers to points that are not in the advice", () => {
    const answers = [
      { pointId: 11, verdict: "overgenomen" as const, explanation: "" },
      { pointId: 99, verdict: "overgenomen" as const, explanation: "" },
    ];
    expect(responseProblems([11], answers)).toEqual([{ kind: "unknown_point", pointId: 99 }]);
  });

  it("is never allowed for advice without points", () => {
    expect(canFinalizeResponse([], [])).toBe(false);
  });
});
