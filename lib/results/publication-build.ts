import type { PublishedAdvice } from "@/lib/review/types";
import type { SurveyDefinition } from "@/lib/surveys/definition/schema";
import type { Channel } from "@/lib/surveys/types";
import { effectiveMinCellSize } from "./disclosure-rules";
import { typicalMarginOfError } from "./margin-of-error";
import { protectSystem } from "./protection-secondary";
import { figureKey, OVERALL_SCOPE, scopeOf } from "./publication-figures";
import { DEFAULT_MIN_MEAN_GROUP, meansShownInGroups } from "./publication-means";
import { publishQuestion, round1 } from "./publication-question";
import { buildPublicationSystem, type PublishedGroupChoice } from "./publication-system";
import {
  PUBLICATION_FORMAT,
  type PublicDimension,
  type PublishedAdviceSnapshot,
  type PublishedBreakdown,
  type PublishedMethod,
  type PublishedQuestion,
  type PublishedResults,
} from "./publication-types";
import { visibilityOf } from "./publication-visibility";
import { publishWeighting } from "./publication-weighting";
import type { QuestionResult, SurveyResults } from "./types";

/*
 * Builds the snapshot of a survey's published results (publication-types.ts) from its computed
 * results — overall and one breakdown per public dimension — the approved quotes, the advice and
 * the official response. Every figure of every table is protected as one linked system
 * (publication-system.ts): primary suppression by k, secondary suppression driven by an exact
 * audit of what a reader holding every published figure can work out (protection-audit.ts,
 * protection-secondary.ts). The audit's verdict is part of the snapshot. A survey with fewer than
 * k respondents, or a channel with fewer, is refused (PublicationBlocked). Pure apart from the
 * solver: the data layer gathers the source (lib/results/data/result-publication-source.ts).
 */

export type PublicationSource = {
  survey: { slug: string; title: string };
  publishedAt: Date;
  /** The survey's threshold setting; never below 3 in force (effectiveMinCellSize). */
  k: number;
  /** Means only for at least this many answers (the survey's setting). */
  minMeanGroup: number;
  summary: string;
  overall: SurveyResults;
  breakdowns: { dimension: PublicDimension; results: SurveyResults }[];
  channels: { channel: Channel; invited: number | null; responses: number }[];
  fieldwork: { from: Date | null; to: Date | null };
  quotes: { questionId: string; questionText: string; text: string }[];
  advice: PublishedAdvice[];
  /** The questionnaire, public to anyone who took the survey: how conditional questions were shown. */
  definition?: SurveyDefinition | null;
};

export async function buildPublication(source: PublicationSource): Promise<PublishedResults> {
  const k = effectiveMinCellSize(source.k);
  const minMeanGroup = Math.max(k, source.minMeanGroup || DEFAULT_MIN_MEAN_GROUP);
  const built = buildPublicationSystem({
    k,
    overall: source.overall,
    breakdowns: source.breakdowns,
    visibility: source.definition ? visibilityOf(source.definition) : undefined,
  });
  const outcome = await protectSystem(built.system, k);
  const { system } = built;
  const answeredShown = (q: QuestionResult, scope: string) =>
    q.figures.kind !== "likert" && system.isShown(figureKey(q.questionId, scope, "answered"));

  const protectedIds = new Set(built.questions.map((q) => q.questionId));
  const questions = source.overall.questions
    .filter((q) => q.figures.kind !== "text")
    .map((q) =>
      publishQuestion(q, {
        system,
        scope: OVERALL_SCOPE,
        level: "overall",
        bands: built.bands.get(q.questionId) ?? [],
        meansShown: answeredShown(q, OVERALL_SCOPE) && q.base.answered >= minMeanGroup,
        empty: !protectedIds.has(q.questionId),
      }),
    );
  const breakdowns = built.breakdowns.map((choice) =>
    breakdownOf(choice, source, questions, protectedIds, answeredShown, minMeanGroup, system),
  );
  const numbers = new Map(source.overall.questions.map((q) => [q.questionId, q.number]));
  return {
    format: PUBLICATION_FORMAT,
    survey: { slug: source.survey.slug, title: source.survey.title },
    publishedAt: source.publishedAt.toISOString(),
    k,
    summary: source.summary.trim(),
    method: methodOf(source, k, minMeanGroup, {
      checked: outcome.audit.checked,
      hidden: outcome.audit.hidden,
      secondary: outcome.secondary,
      passed: true,
    }),
    questions,
    breakdowns,
    quotes: source.quotes.map((quote) => ({
      questionId: quote.questionId,
      questionNumber: numbers.get(quote.questionId) ?? null,
      questionText: quote.questionText,
      text: quote.text,
    })),
    advice: source.advice.map(adviceSnapshot),
  };
}

function breakdownOf(
  choice: PublishedGroupChoice,
  source: PublicationSource,
  published: readonly PublishedQuestion[],
  protectedIds: ReadonlySet<string>,
  answeredShown: (q: QuestionResult, scope: string) => boolean,
  minMeanGroup: number,
  system: Parameters<typeof publishQuestion>[1]["system"],
): PublishedBreakdown {
  const results = source.breakdowns.find((b) => b.dimension === choice.dimension)?.results;
  const shownGroups = choice.groups.filter((g) => g.shown).map((g) => g.group);
  const perGroup = new Map<string, PublishedQuestion[]>(shownGroups.map((g) => [g.value, []]));
  for (const { questionId } of published) {
    const q = source.overall.questions.find((x) => x.questionId === questionId) as QuestionResult;
    const inGroups = shownGroups.map(
      (g) => g.questions.find((x) => x.questionId === questionId) as QuestionResult,
    );
    const answered = inGroups.map((x) => x.base.answered);
    const rest = q.base.answered - answered.reduce((s, n) => s + n, 0);
    const eligible = inGroups.map((x, i) =>
      answeredShown(x, scopeOf(choice.dimension, shownGroups[i]?.value ?? "")),
    );
    const means = meansShownInGroups(answered, eligible, rest, minMeanGroup);
    inGroups.forEach((x, i) => {
      const group = shownGroups[i];
      if (!group) return;
      perGroup.get(group.value)?.push(
        publishQuestion(x, {
          system,
          scope: scopeOf(choice.dimension, group.value),
          level: "group",
          bands: [],
          meansShown: means[i] === true,
          empty: !protectedIds.has(questionId),
        }),
      );
    });
  }
  return {
    dimension: choice.dimension,
    label: results?.breakdown?.label ?? choice.dimension,
    panelOnly: choice.panelOnly,
    groups: choice.groups.map(({ group, shown }) => ({
      value: group.value,
      label: group.label,
      respondents: shown ? group.respondents : null,
      withheld: !shown,
      questions: shown ? (perGroup.get(group.value) ?? []) : [],
    })),
  };
}

function methodOf(
  source: PublicationSource,
  k: number,
  minMeanGroup: number,
  audit: PublishedMethod["suppression"]["audit"],
): PublishedMethod {
  const weighting = source.overall.weighting;
  const margin = typicalMarginOfError(source.overall.respondents);
  return {
    respondents: source.overall.respondents,
    channels: source.channels
      .filter((c) => c.responses > 0 || (c.invited ?? 0) > 0)
      .map((c) => {
        // Invited − responded is a count of people too: with 1 to k − 1 who did not answer, the
        // invitations (and so the response rate) are not printed.
        const silent = c.invited === null ? 0 : c.invited - c.responses;
        const invited = silent > 0 && silent < k ? null : c.invited;
        return {
          channel: c.channel,
          invited,
          responses: c.responses,
          responseRate: invited ? round1((c.responses / invited) * 100) : null,
        };
      }),
    fieldwork: {
      from: source.fieldwork.from?.toISOString() ?? null,
      to: source.fieldwork.to?.toISOString() ?? null,
    },
    weighting: weighting
      ? publishWeighting(weighting, {
          respondents: source.overall.respondents,
          panelRespondents: source.channels.find((c) => c.channel === "panel")?.responses ?? 0,
          k,
        })
      : null,
    marginOfError: margin === null ? null : round1(margin * 100),
    suppression: { ruleKey: "minCellSize", k, minMeanGroup, audit },
    breakdownsOneAtATime: true,
  };
}

function adviceSnapshot(round: PublishedAdvice): PublishedAdviceSnapshot {
  return {
    roundNumber: round.roundNumber,
    versionNumber: round.versionNumber,
    advice: {
      introduction: round.advice.introduction,
      submittedAt: round.advice.submittedAt.toISOString(),
      late: round.advice.late,
    },
    points: round.points.map((point) => ({
      number: point.number,
      body: point.body,
      questions: point.questions,
      response: point.response,
    })),
    response: round.response
      ? { introduction: round.response.introduction, finalizedAt: round.response.finalizedAt.toISOString() }
      : null,
  };
}
