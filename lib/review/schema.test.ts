import { describe, expect, it } from "vitest";
import { dutchDate } from "./deadline";
import { adviceFormSchema, commentSchema, responseFormSchema, shareForReviewSchema } from "./schema";

function messages(result: {
  success: boolean;
  error?: { issues: { path: PropertyKey[]; message: string }[] };
}) {
  return (result.error?.issues ?? []).map((i) => [i.path.map(String).join("."), i.message]);
}

const inDays = (days: number) => dutchDate(new Date(Date.now() + days * 86_400_000));

describe("shareForReviewSchema", () => {
  it("asks for a deadline after today", () => {
    const base = { surveyId: "4", revision: "2" };
    expect(shareForReviewSchema.safeParse({ ...base, adviceDeadline: inDays(14) }).success).toBe(true);
    expect(messages(shareForReviewSchema.safeParse({ ...base, adviceDeadline: "" }))).toEqual([
      ["adviceDeadline", "review.validation.deadlineRequired"],
    ]);
    expect(messages(shareForReviewSchema.safeParse({ ...base, adviceDeadline: "2026-02-30" }))).toEqual([
      ["adviceDeadline", "review.validation.deadlineInvalid"],
    ]);
    expect(messages(shareForReviewSchema.safeParse({ ...base, adviceDeadline: inDays(-1) }))).toEqual([
      ["adviceDeadline", "review.validation.deadlineNotFuture"],
    ]);
  });
});

describe("commentSchema", () => {
  it("reads an empty question as a comment on the survey as a whole", () => {
    const parsed = commentSchema.parse({ surveyId: "1", versionId: "2", questionId: "", body: "  Goed  " });
    expect(parsed).toEqual({ surveyId: 1, versionId: 2, questionId: undefined, body: "Goed" });
  });

  it("refuses an empty or whitespace-only comment, and ids that are no question id", () => {
    expect(messages(commentSchema.safeParse({ surveyId: "1", versionId: "2", body: "   " }))).toEqual([
      ["body", "review.validation.bodyRequired"],
    ]);
    expect(
      commentSchema.safeParse({ surveyId: "1", versionId: "2", questionId: "../x", body: "x" }).success,
    ).toBe(false);
  });
});

describe("adviceFormSchema", () => {
  it("reads the posted form fields into numbered points with their questions", () => {
    const parsed = adviceFormSchema.parse({
      surveyId: "1",
      roundId: "2",
      introduction: "Inleiding",
      "points.0.body": "Punt een",
      "points.0.questionIds": "zorgt-voor",
      "points.1.body": "Punt twee",
      "points.1.questionIds": ["zwaarte", "steun-wens"],
      "points.2.body": "Punt drie",
      intent: "submit",
    });
    expect(parsed.points).toEqual([
      { body: "Punt een", questionIds: ["zorgt-voor"] },
      { body: "Punt twee", questionIds: ["zwaarte", "steun-wens"] },
      { body: "Punt drie", questionIds: [] },
    ]);
  });

  it("keeps a half-written draft, but submitting needs an introduction and a point", () => {
    const draft = { surveyId: 1, roundId: 2, introduction: "", points: [], intent: "save" };
    expect(adviceFormSchema.safeParse(draft).success).toBe(true);
    expect(messages(adviceFormSchema.safeParse({ ...draft, intent: "submit" }))).toEqual([
      ["introduction", "review.validation.introductionRequired"],
      ["points", "review.validation.pointsRequired"],
    ]);
  });

  it("names every empty point, also in a draft", () => {
    const result = adviceFormSchema.safeParse({
      surveyId: 1,
      roundId: 2,
      points: [{ body: "ok" }, { body: " " }, { body: "" }],
      intent: "save",
    });
    expect(messages(result)).toEqual([
      ["points.1.body", "review.validation.pointRequired"],
      ["points.2.body", "review.validation.pointRequired"],
    ]);
  });
});

describe("responseFormSchema", () => {
  const base = { surveyId: 1, adviceId: 5, introduction: "" };

  it("refuses partly or not adopted without a reason, in a draft too", () => {
    const result = responseFormSchema.safeParse({
      ...base,
      intent: "save",
      points: [
        { pointId: 1, verdict: "overgenomen", explanation: "" },
        { pointId: 2, verdict: "deels_overgenomen", explanation: "" },
        { pointId: 3, verdict: "niet_overgenomen", explanation: "  " },
        { pointId: 4, verdict: "", explanation: "" },
      ],
    });
    expect(messages(result)).toEqual([
      ["points.1.explanation", "review.validation.explanationRequired"],
      ["points.2.explanation", "review.validation.explanationRequired"],
    ]);
  });

  it("finalizes only with a verdict on every point", () => {
    const result = responseFormSchema.safeParse({
      ...base,
      intent: "finalize",
      "points.0.pointId": "1",
      "points.0.verdict": "",
      "points.0.explanation": "",
      "points.1.pointId": "2",
      "points.1.verdict": "niet_overgenomen",
      "points.1.explanation": "Past niet binnen de wet.",
      "points.1.handledInVersionId": "7",
    });
    expect(messages(result)).toEqual([["points.0.verdict", "review.validation.verdictRequired"]]);
  });

  it("reads an empty version choice as none", () => {
    const parsed = responseFormSchema.parse({
      ...base,
      intent: "save",
      points: [{ pointId: "1", verdict: "overgenomen", explanation: "", handledInVersionId: "" }],
    });
    expect(parsed.points[0]).toEqual({
      pointId: 1,
      verdict: "overgenomen",
      explanation: "",
      handledInVersionId: undefined,
    });
  });

  it("refuses an unknown verdict", () => {
    const result = responseFormSchema.safeParse({
      ...base,
      intent: "save",
      points: [{ pointId: 1, verdict: "misschien", explanation: "" }],
    });
    expect(messages(result)).toEqual([["points.0.verdict", "review.validation.verdictInvalid"]]);
  });
});
