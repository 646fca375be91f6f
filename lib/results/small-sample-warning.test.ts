import { describe, expect, it } from "vitest";
import { cubeEntriesForResponse } from "./aggregate-cells";
import { buildQuestionResults } from "./aggregate-results";
import { testSurvey } from "./aggregate-test-survey";
import { addToView, type CubeView, unweighted } from "./aggregate-view";
import { smallSampleWarning } from "./small-sample-warning";
import type { QuestionResult } from "./types";

/** `count` respondents who all chose "vrouw", each with weight `weight` (or none). */
function results(groups: { count: number; weight?: number }[]): QuestionResult[] {
  const view: CubeView = new Map();
  for (const { count, weight } of groups) {
    const figure =
      weight === undefined
        ? unweighted(count)
        : {
            count,
            weightedCount: count,
            weightSum: count * weight,
            weightSquareSum: count * weight * weight,
          };
    for (const e of cubeEntriesForResponse(testSurvey, { gender: { choice: "vrouw" }, story: "Mooi." }))
      addToView(view, e.questionId, e.item, e.value, figure);
  }
  return buildQuestionResults(testSurvey, view, { weighted: groups.some((g) => g.weight !== undefined) });
}

const gender = (list: QuestionResult[]) => list.find((q) => q.questionId === "gender") as QuestionResult;

describe("the warning beside figures resting on few respondents", () => {
  it("warns below 30 answers unweighted, and not from 30 on", () => {
    expect(smallSampleWarning(gender(results([{ count: 29 }])), false)).toEqual({ weighted: false, n: 29 });
    expect(smallSampleWarning(gender(results([{ count: 30 }])), false)).toBeNull();
  });

  it("weighted, counts the effective n: 40 respondents with unequal weights are worth fewer than 30", () => {
    // 10 with weight 3 and 30 with weight 1/3: n_eff = (30 + 10)² / (90 + 10/3) = 17.1.
    const weighted = gender(
      results([
        { count: 10, weight: 3 },
        { count: 30, weight: 1 / 3 },
      ]),
    );
    expect(weighted.base.answered).toBe(40);
    const warning = smallSampleWarning(weighted, true);
    expect(warning?.weighted).toBe(true);
    expect(warning?.n).toBeCloseTo(1600 / (280 / 3), 9);
    // The same 40 unweighted are enough.
    expect(smallSampleWarning(weighted, false)).toBeNull();
    // Equal weights lose nothing.
    expect(smallSampleWarning(gender(results([{ count: 40, weight: 1 }])), true)).toBeNull();
  });

  it("gives no warning when nobody answered, or for an open question", () => {
    expect(smallSampleWarning(gender(results([])), false)).toBeNull();
    const story = results([{ count: 3 }]).find((q) => q.questionId === "story") as QuestionResult;
    expect(story.base.answered).toBe(3);
    expect(smallSampleWarning(story, false)).toBeNull();
  });
});
