import type { PublicationSource } from "./publication-build";
import type { PublicDimension } from "./publication-types";
import type { BreakdownGroup, QuestionResult, SurveyResults } from "./types";

/*
 * Hand-made results for the publication builder's tests: each figure is written out, so a test can
 * say which cells must be hidden and why.
 */

const page = { id: "p1", title: "Over u" };

function base(respondents: number, answered: number, notShown = 0) {
  return {
    respondents,
    shown: respondents - notShown,
    answered,
    skipped: respondents - notShown - answered,
    notShown,
  };
}

/** Single choice: option counts (values a, b, c…), optional "weet niet", not shown. */
export function singleChoice(
  id: string,
  counts: number[],
  options: { respondents?: number; dontKnow?: number; notShown?: number; number?: number } = {},
): QuestionResult {
  const dk = options.dontKnow;
  const answered = counts.reduce((s, c) => s + c, 0) + (dk ?? 0);
  const valid = answered - (dk ?? 0);
  return {
    questionId: id,
    number: options.number ?? 1,
    text: `Vraag ${id}`,
    questionType: "single_choice",
    page,
    base: base(options.respondents ?? answered, answered, options.notShown ?? 0),
    figures: {
      kind: "choice",
      questionType: "single_choice",
      options: counts.map((count, i) => ({
        value: String.fromCharCode(97 + i),
        label: `Optie ${String.fromCharCode(65 + i)}`,
        count,
        percent: valid > 0 ? (count / valid) * 100 : null,
      })),
      valid,
      dontKnow: dk === undefined ? null : { count: dk, percent: answered > 0 ? (dk / answered) * 100 : null },
    },
  };
}

export function rating(id: string, distribution: number[], number = 2): QuestionResult {
  const answered = distribution.reduce((s, c) => s + c, 0);
  const sum = distribution.reduce((s, c, value) => s + c * value, 0);
  return {
    questionId: id,
    number,
    text: `Cijfer ${id}`,
    questionType: "rating",
    page,
    base: base(answered, answered),
    figures: {
      kind: "numeric",
      questionType: "rating",
      mean: answered > 0 ? sum / answered : null,
      median: 7,
      distribution: distribution.map((count, value) => ({
        value,
        count,
        percent: answered > 0 ? (count / answered) * 100 : null,
      })),
    },
  };
}

/** A Likert grid on a three-point scale: per statement its three counts and "weet niet". */
export function likert(
  id: string,
  answered: number,
  statements: { scale: number[]; dontKnow: number }[],
): QuestionResult {
  const scale = [
    { value: "1", label: "Oneens" },
    { value: "2", label: "Neutraal" },
    { value: "3", label: "Eens" },
  ];
  return {
    questionId: id,
    number: 4,
    text: `Stellingen ${id}`,
    questionType: "likert",
    page,
    base: base(answered, answered),
    figures: {
      kind: "likert",
      scale,
      statements: statements.map((s, i) => {
        const valid = s.scale.reduce((sum, c) => sum + c, 0);
        return {
          id: `s${i + 1}`,
          text: `Stelling ${i + 1}`,
          valid,
          dontKnow: s.dontKnow,
          scale: scale.map((o, j) => ({
            ...o,
            count: s.scale[j] ?? 0,
            percent: valid > 0 ? ((s.scale[j] ?? 0) / valid) * 100 : null,
          })),
        };
      }),
    },
  };
}

export function openQuestion(id: string, respondents: number, number = 3): QuestionResult {
  return {
    questionId: id,
    number,
    text: `Open vraag ${id}`,
    questionType: "long_text",
    page,
    base: base(respondents, respondents),
    figures: { kind: "text", approved: respondents },
  };
}

export function results(questions: QuestionResult[], respondents?: number): SurveyResults {
  return {
    surveyId: 1,
    filters: {},
    respondents: respondents ?? questions[0]?.base.respondents ?? 0,
    weighting: null,
    questions,
    breakdown: null,
  };
}

export function withBreakdown(
  dimension: PublicDimension,
  overall: SurveyResults,
  groups: { value: string; questions: QuestionResult[]; respondents?: number }[],
): { dimension: PublicDimension; results: SurveyResults } {
  const built: BreakdownGroup[] = groups.map((g) => ({
    value: g.value,
    label: g.value,
    respondents: g.respondents ?? g.questions[0]?.base.respondents ?? 0,
    questions: g.questions,
  }));
  return {
    dimension,
    results: {
      ...overall,
      breakdown: { spec: { kind: "dimension", dimension }, label: dimension, groups: built },
    },
  };
}

export function source(overall: SurveyResults, extra: Partial<PublicationSource> = {}): PublicationSource {
  return {
    survey: { slug: "test", title: "Test" },
    publishedAt: new Date("2026-05-01T10:00:00Z"),
    k: 5,
    summary: "Samenvatting.",
    overall,
    breakdowns: [],
    channels: [{ channel: "public", invited: null, responses: overall.respondents }],
    fieldwork: { from: new Date("2026-03-01T08:00:00Z"), to: new Date("2026-03-31T20:00:00Z") },
    quotes: [],
    advice: [],
    ...extra,
  };
}
