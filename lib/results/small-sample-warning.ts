import { hasMarginAt } from "./margin-of-error";
import type { QuestionResult } from "./types";

/*
 * When staff are warned that a question's figures rest on too few respondents: fewer than 30
 * (MIN_EFFECTIVE_SAMPLE), the size below which no margin of error is given. In a weighted view the
 * count is Kish's effective n of those who answered (weighting makes 40 respondents worth perhaps
 * 20); unweighted it is the number who answered. A percentage of 12 people looks as solid on the
 * page as one of 1,200; the warning is what tells them apart.
 */

/** The (effective) number of respondents behind the figures, and whether that is the weighted n_eff. */
export type SmallSampleWarning = { weighted: boolean; n: number };

/** Null when there is no warning to give: enough respondents, nobody answered, or an open question. */
export function smallSampleWarning(result: QuestionResult, weighted: boolean): SmallSampleWarning | null {
  if (result.figures.kind === "text") return null;
  const n = weighted ? (result.effectiveN ?? 0) : result.base.answered;
  if (!(n > 0) || hasMarginAt(n)) return null;
  return { weighted, n };
}
