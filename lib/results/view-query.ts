import { z } from "zod";
import { parseRouteId } from "@/lib/http/route-id";
import { AGE_GROUPS } from "@/lib/panels/age-groups";
import { type BreakdownSpec, DIMENSIONS, type ResultFilters } from "./types";

/*
 * The staff results page's address: what the view shows is in the query string, so the GET form
 * works without JavaScript and a view can be shared with a colleague (and benchmarked):
 *   breakdown=<channel|panel|district|age_group|sex> or breakdown=q:<questionId>
 *     (a Likert statement as q:<questionId>.<statementId>)
 *   channel=, panel=, district=, age_group=, sex=   filters, combined with AND
 *   weighted=1                                       weighted figures beside the unweighted ones
 *   crosstab=<questionId>                            with a breakdown by a question: the cross-tab
 *                                                    of counts of this question against it
 * A value that does not fit is ignored (the view falls back to "all"), never an error page.
 */

const CHANNEL_VALUES = ["public", "panel", "staff"] as const;
const SEX_VALUES = ["man", "vrouw", "anders", "zeg_ik_liever_niet"] as const;

/** A closed question, or a Likert statement as "<questionId>.<statementId>". */
const QUESTION_REF = /^[a-z][a-z0-9_-]{0,39}(\.[a-z][a-z0-9_-]{0,39})?$/;

const one = (value: unknown) => (Array.isArray(value) ? value[0] : value);
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess(one, schema.optional().catch(undefined)) as unknown as z.ZodType<z.output<T> | undefined>;

export const resultsViewQuerySchema = z.object({
  breakdown: optional(
    z.union([
      z.enum(DIMENSIONS),
      z.string().refine((v) => v.startsWith("q:") && QUESTION_REF.test(v.slice(2))),
    ]),
  ),
  channel: optional(z.enum(CHANNEL_VALUES)),
  panel: optional(z.string().refine((value) => parseRouteId(value) !== null)),
  district: optional(z.string().trim().min(1).max(100)),
  age_group: optional(z.enum(AGE_GROUPS)),
  sex: optional(z.enum(SEX_VALUES)),
  weighted: optional(z.literal("1")),
  crosstab: optional(z.string().regex(QUESTION_REF)),
});

export type ResultsView = {
  filters: ResultFilters;
  breakdown: BreakdownSpec | null;
  weighted: boolean;
  /** The question whose cross-tab against the breakdown question is shown (only with one). */
  crossTab: string | null;
};

/** The view a query string asks for (Next's searchParams object or URLSearchParams). */
export function parseResultsView(query: Record<string, string | string[] | undefined>): ResultsView {
  const parsed = resultsViewQuerySchema.parse(query);
  const filters: ResultFilters = {};
  for (const dimension of DIMENSIONS) {
    const value = parsed[dimension];
    if (value) filters[dimension] = value;
  }
  const breakdown: BreakdownSpec | null = !parsed.breakdown
    ? null
    : parsed.breakdown.startsWith("q:")
      ? { kind: "question", questionId: parsed.breakdown.slice(2) }
      : { kind: "dimension", dimension: parsed.breakdown as (typeof DIMENSIONS)[number] };
  const crossTab = breakdown?.kind === "question" ? (parsed.crosstab ?? null) : null;
  return { filters, breakdown, weighted: parsed.weighted === "1", crossTab };
}

/** The query string of a view (for links), the inverse of parseResultsView. */
export function resultsViewQuery(view: ResultsView): string {
  const params = new URLSearchParams();
  if (view.breakdown)
    params.set(
      "breakdown",
      view.breakdown.kind === "question" ? `q:${view.breakdown.questionId}` : view.breakdown.dimension,
    );
  for (const dimension of DIMENSIONS) {
    const value = view.filters[dimension];
    if (value) params.set(dimension, value);
  }
  if (view.weighted) params.set("weighted", "1");
  if (view.crossTab) params.set("crosstab", view.crossTab);
  return params.toString();
}
