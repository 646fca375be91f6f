import { suppressVector } from "./disclosure";
import { type Band, bandDistribution } from "./publication-bands";
import { reasonOf } from "./publication-cells";
import { contentLines, publishesTable, publishQuestion } from "./publication-question";
import type { PublishedQuestion, Suppression } from "./publication-types";
import type { QuestionResult } from "./types";

/*
 * The overall published figures of every closed question, and the decisions a breakdown must
 * honour (a figure hidden overall stays unrecoverable from the groups).
 *
 * A conditional question (some respondents were not shown it) first protects its base: how many
 * answered against how many did not (not shown or skipped), out of the published number of
 * respondents. "Not shown" follows from an answer to another question, so when fewer than k did
 * not answer, how many did answer would reveal that small count: the question is then withheld.
 */

export type OverallDecision = {
  question: QuestionResult;
  conditional: boolean;
  /** [answered, not answered] of a conditional question; null otherwise. */
  baseMask: Suppression[] | null;
  withheld: boolean;
  lineMasks: Map<string, Suppression[]>;
  bands: Band[];
  published: PublishedQuestion;
};

export function protectVector(counts: readonly number[], k: number): Suppression[] {
  const { suppressed, primary } = suppressVector(counts, k, true);
  return counts.map((_, i) => reasonOf(suppressed[i] ?? false, primary[i] ?? false));
}

export function publishOverall(questions: readonly QuestionResult[], k: number): OverallDecision[] {
  return questions.filter(publishesTable).map((q) => {
    const conditional = q.base.notShown > 0;
    const baseMask = conditional
      ? protectVector([q.base.answered, q.base.respondents - q.base.answered], k)
      : null;
    const withheld = baseMask !== null && baseMask[0] !== false;
    const bands = q.figures.kind === "numeric" ? bandDistribution(q.figures.distribution, k) : [];
    const lineMasks = new Map<string, Suppression[]>();
    for (const line of contentLines(q, "overall", bands))
      lineMasks.set(line.key, protectVector(line.counts, k));
    const published = publishQuestion(q, lineMasks, {
      level: "overall",
      withheld,
      meanHidden: q.base.answered > 0 && q.base.answered < k,
      bands,
    });
    return { question: q, conditional, baseMask, withheld, lineMasks, bands, published };
  });
}
