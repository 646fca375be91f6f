import type { Channel } from "@/lib/surveys/types";
import type { PublicationSource } from "./publication-build";
import type { PublicDimension } from "./publication-types";
import type { BreakdownGroup, QuestionResult, SurveyResults } from "./types";

/*
 * Hand-made results for the publication builder's tests: each figure is written out, so a test can
 * say which cells must be hidden and why. A source must hang together the way the results layer
 * makes it — groups adding up to the overall figures, district, age group and sex known for panel
 * members only — or the builder's model rightly refuses it: `panelSurvey` builds the overall results
 * and every breakdown from the groups, and `source` adds the channel breakdown a survey always has.
 */

const page = { id: "p1", title: "Over u" };

/** A question's base from who could see it, who answered and who was not shown it. */
export function base(respondents: number, answered: number, notShown = 0) {
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

/** The same question's results added up over groups (counts summed, percentages made again). */
export function totalOf(parts: readonly QuestionResult[]): QuestionResult {
  const [first] = parts;
  if (!first) throw new Error("totalOf: no parts");
  const sum = (pick: (q: QuestionResult) => number) => parts.reduce((s, q) => s + pick(q), 0);
  const share = (count: number, base: number) => (base > 0 ? (count / base) * 100 : null);
  const base = {
    respondents: sum((q) => q.base.respondents),
    shown: sum((q) => q.base.shown),
    answered: sum((q) => q.base.answered),
    skipped: sum((q) => q.base.skipped),
    notShown: sum((q) => q.base.notShown),
  };
  const f = first.figures;
  const same = <T extends QuestionResult["figures"]["kind"]>(kind: T) =>
    parts.map((q) => {
      if (q.figures.kind !== kind) throw new Error(`totalOf: ${q.questionId} is not ${kind} in every part`);
      return q.figures as Extract<QuestionResult["figures"], { kind: T }>;
    });
  let figures: QuestionResult["figures"];
  switch (f.kind) {
    case "choice": {
      const all = same("choice");
      const valid = all.reduce((s, x) => s + x.valid, 0);
      const dk = f.dontKnow ? all.reduce((s, x) => s + (x.dontKnow?.count ?? 0), 0) : null;
      figures = {
        ...f,
        options: f.options.map((o, i) => {
          const count = all.reduce((s, x) => s + (x.options[i]?.count ?? 0), 0);
          return { value: o.value, label: o.label, count, percent: share(count, valid) };
        }),
        valid,
        dontKnow: dk === null ? null : { count: dk, percent: share(dk, base.answered) },
      };
      break;
    }
    case "numeric": {
      const all = same("numeric");
      const distribution = f.distribution.map((d, i) => {
        const count = all.reduce((s, x) => s + (x.distribution[i]?.count ?? 0), 0);
        return { value: d.value, count, percent: share(count, base.answered) };
      });
      const total = distribution.reduce((s, d) => s + d.count * d.value, 0);
      figures = { ...f, distribution, mean: base.answered > 0 ? total / base.answered : null };
      break;
    }
    case "likert": {
      const all = same("likert");
      figures = {
        ...f,
        statements: f.statements.map((st, i) => {
          const parts = all.map((x) => x.statements[i] as typeof st);
          const valid = parts.reduce((s, x) => s + x.valid, 0);
          return {
            ...st,
            valid,
            dontKnow: st.dontKnow === null ? null : parts.reduce((s, x) => s + (x.dontKnow ?? 0), 0),
            scale: st.scale.map((o, j) => {
              const count = parts.reduce((s, x) => s + (x.scale[j]?.count ?? 0), 0);
              return { value: o.value, label: o.label, count, percent: share(count, valid) };
            }),
          };
        }),
      };
      break;
    }
    case "text":
      figures = {
        kind: "text",
        approved: parts.reduce((s, q) => s + (q.figures as { approved: number }).approved, 0),
      };
      break;
    case "ranking":
      throw new Error("totalOf: ranking questions are not needed by these tests");
  }
  return { ...first, base, figures };
}

type Group = { value: string; questions: QuestionResult[] };
type Attribute = Exclude<PublicDimension, "channel">;
const respondentsOf = (questions: readonly QuestionResult[]) => questions[0]?.base.respondents ?? 0;

/** Every question of the groups, added up over the groups. */
function totals(groups: readonly Group[]): QuestionResult[] {
  const questions = groups[0]?.questions ?? [];
  return questions.map((q) =>
    totalOf(
      groups.map((g) => {
        const found = g.questions.find((x) => x.questionId === q.questionId);
        if (!found) throw new Error(`Group ${g.value} lacks question ${q.questionId}`);
        return found;
      }),
    ),
  );
}

/**
 * A survey answered through the open link (and, optionally, entered by staff) and by panel members,
 * built from its smallest groups so that everything adds up: the panel is the sum of the groups of
 * its first attribute (give the members whose attribute is unknown as the group ""), every other
 * attribute's groups must add up to the same panel, and the overall results are the channels'
 * sum. Returns the overall results and the breakdowns (channel first), ready for `source`.
 */
export function panelSurvey(options: {
  public?: QuestionResult[];
  staff?: QuestionResult[];
  panel: Partial<Record<Attribute, Group[]>>;
}): { overall: SurveyResults; breakdowns: PublicationSource["breakdowns"] } {
  const attributes = Object.entries(options.panel) as [Attribute, Group[]][];
  const [firstAttribute] = attributes;
  if (!firstAttribute) throw new Error("panelSurvey: give the panel by at least one attribute");
  const panel = totals(firstAttribute[1]);
  for (const [dimension, groups] of attributes) {
    if (JSON.stringify(totals(groups)) !== JSON.stringify(panel))
      throw new Error(`panelSurvey: the ${dimension} groups do not add up to the same panel`);
  }
  const channels: Group[] = [
    ...(options.public ? [{ value: "public", questions: options.public }] : []),
    { value: "panel", questions: panel },
    ...(options.staff ? [{ value: "staff", questions: options.staff }] : []),
  ];
  const overall = results(
    totals(channels),
    channels.reduce((s, g) => s + respondentsOf(g.questions), 0),
  );
  return {
    overall,
    breakdowns: [
      withBreakdown("channel", overall, channels),
      ...attributes.map(([dimension, groups]) => withBreakdown(dimension, overall, groups)),
    ],
  };
}

/**
 * What the builder gets. Without a channel breakdown the survey was answered through the open link
 * only (one channel group holding everyone); the channels of the method section follow the channel
 * breakdown unless given.
 */
export function source(overall: SurveyResults, extra: Partial<PublicationSource> = {}): PublicationSource {
  const given = extra.breakdowns ?? [];
  const channel =
    given.find((b) => b.dimension === "channel") ??
    withBreakdown("channel", overall, [
      { value: "public", questions: overall.questions, respondents: overall.respondents },
    ]);
  if (given.some((b) => b.dimension !== "channel") && !given.some((b) => b.dimension === "channel"))
    throw new Error(
      "source: district, age group and sex cover panel members: give the channel breakdown too",
    );
  const groups = channel.results.breakdown?.groups ?? [];
  return {
    survey: { slug: "test", title: "Test" },
    publishedAt: new Date("2026-05-01T10:00:00Z"),
    k: 5,
    minMeanGroup: 10,
    summary: "Samenvatting.",
    overall,
    channels: groups.map((g) => ({ channel: g.value as Channel, invited: null, responses: g.respondents })),
    fieldwork: { from: new Date("2026-03-01T08:00:00Z"), to: new Date("2026-03-31T20:00:00Z") },
    quotes: [],
    advice: [],
    ...extra,
    breakdowns: [channel, ...given.filter((b) => b !== channel)],
  };
}
