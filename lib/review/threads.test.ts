import { describe, expect, it } from "vitest";
import { buildThreads, type ReviewComment, threadsByQuestion, threadsOnMissingQuestions } from "./threads";

let seq = 0;
function comment(partial: Partial<ReviewComment> & { at: number }): ReviewComment {
  seq += 1;
  return {
    id: partial.id ?? seq,
    threadId: partial.threadId ?? null,
    questionId: partial.questionId ?? null,
    versionId: partial.versionId ?? 1,
    authorId: 1,
    body: partial.body ?? `opmerking ${seq}`,
    createdAt: new Date(partial.at),
    resolvedAt: partial.resolvedAt ?? null,
  };
}

describe("review threads", () => {
  const a = comment({ id: 1, questionId: "q1", at: 1000 });
  const b = comment({ id: 2, questionId: null, at: 2000 });
  const replyA = comment({ id: 3, threadId: 1, at: 3000 });
  const replyA2 = comment({ id: 4, threadId: 1, at: 2500 });
  const c = comment({ id: 5, questionId: "q1", versionId: 2, at: 4000, resolvedAt: new Date(5000) });
  const orphan = comment({ id: 6, threadId: 99, at: 6000 });

  it("groups replies under their first comment, in time order", () => {
    const threads = buildThreads([replyA, c, b, a, replyA2, orphan]);
    expect(threads.map((t) => t.root.id)).toEqual([1, 2, 5]);
    expect(threads[0].replies.map((r) => r.id)).toEqual([4, 3]);
    expect(threads[0].lastAt).toEqual(new Date(3000));
    expect(threads[2].resolved).toBe(true);
    expect(threads.flatMap((t) => t.replies).map((r) => r.id)).not.toContain(6);
  });

  it("keeps a question's threads together across versions, and the survey-wide ones apart", () => {
    const byQuestion = threadsByQuestion(buildThreads([a, b, c, replyA]));
    expect(byQuestion.get("q1")?.map((t) => [t.root.id, t.root.versionId])).toEqual([
      [1, 1],
      [5, 2],
    ]);
    expect(byQuestion.get(null)?.map((t) => t.root.id)).toEqual([2]);
  });

  it("finds threads on questions the version no longer has", () => {
    const threads = buildThreads([a, b, comment({ id: 7, questionId: "weg", at: 7000 })]);
    expect(threadsOnMissingQuestions(threads, new Set(["q1"])).map((t) => t.root.id)).toEqual([7]);
  });
});
