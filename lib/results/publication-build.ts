import type { Channel } from "@/db/schema/surveys";
import type { PublishedAdvice } from "@/lib/data/advice-publication";
import { effectiveMinCellSize, suppressGroups } from "./disclosure";
import { proportionMarginOfError } from "./margin-of-error";
import { publishBreakdown } from "./publication-breakdown";
import { round1 } from "./publication-cells";
import { publishOverall } from "./publication-overall";
import {
  PUBLICATION_FORMAT,
  type PublicDimension,
  type PublishedAdviceSnapshot,
  type PublishedBreakdown,
  type PublishedChannel,
  type PublishedMethod,
  type PublishedResults,
} from "./publication-types";
import type { SurveyResults } from "./types";

/*
 * Builds the snapshot of a survey's published results (publication-types.ts) from its computed
 * results — overall and one breakdown per public dimension — the approved quotes, the advice and
 * the official response, with disclosure control (lib/results/disclosure.ts) applied to every
 * table. Pure: the data layer gathers the source (lib/data/result-publication-source.ts).
 */

export type PublicationSource = {
  survey: { slug: string; title: string };
  publishedAt: Date;
  /** The survey's threshold setting; never below 3 in force (effectiveMinCellSize). */
  k: number;
  summary: string;
  overall: SurveyResults;
  breakdowns: { dimension: PublicDimension; results: SurveyResults }[];
  channels: { channel: Channel; invited: number | null; responses: number }[];
  fieldwork: { from: Date | null; to: Date | null };
  quotes: { questionId: string; questionText: string; text: string }[];
  advice: PublishedAdvice[];
};

export function buildPublication(source: PublicationSource): PublishedResults {
  const k = effectiveMinCellSize(source.k);
  const overall = publishOverall(source.overall.questions, k);
  const breakdowns: PublishedBreakdown[] = source.breakdowns
    .filter((b) => b.results.breakdown !== null)
    .map((b) =>
      publishBreakdown(
        b.dimension,
        b.results.breakdown?.label ?? b.dimension,
        b.results.breakdown?.groups ?? [],
        overall,
        k,
      ),
    );
  const numbers = new Map(source.overall.questions.map((q) => [q.questionId, q.number]));
  return {
    format: PUBLICATION_FORMAT,
    survey: { slug: source.survey.slug, title: source.survey.title },
    publishedAt: source.publishedAt.toISOString(),
    k,
    summary: source.summary.trim(),
    method: methodOf(source, k, breakdowns),
    questions: overall.map((decision) => decision.published),
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

function methodOf(source: PublicationSource, k: number, breakdowns: PublishedBreakdown[]): PublishedMethod {
  const weighting = source.overall.weighting;
  const margin = (n: number) => {
    const half = proportionMarginOfError(0.5, n);
    return half === null ? null : round1(half * 100);
  };
  return {
    respondents: source.overall.respondents,
    channels: channelsOf(source.channels, k, breakdowns),
    fieldwork: {
      from: source.fieldwork.from?.toISOString() ?? null,
      to: source.fieldwork.to?.toISOString() ?? null,
    },
    weighting: weighting
      ? {
          method: weighting.method,
          weightedRespondents: weighting.weightedRespondents,
          effectiveN: Math.round(weighting.effectiveN),
          source: weighting.source,
          marginOfError: margin(weighting.effectiveN),
        }
      : null,
    marginOfError: margin(source.overall.respondents),
    suppression: { ruleKey: "minCellSize", k },
    breakdownsOneAtATime: true,
  };
}

/**
 * Responses per channel are the group sizes of the channel breakdown, so they are hidden exactly
 * where that breakdown hides a group (a channel with fewer than k responses, and its complement).
 */
function channelsOf(
  channels: PublicationSource["channels"],
  k: number,
  breakdowns: PublishedBreakdown[],
): PublishedChannel[] {
  const byChannel = breakdowns.find((b) => b.dimension === "channel");
  const fallback = suppressGroups(
    channels.map((c) => c.responses),
    k,
    true,
  );
  return channels.map((c, i) => {
    const group = byChannel?.groups.find((g) => g.value === c.channel);
    const hidden = group ? group.withheld : fallback[i] === true;
    return {
      channel: c.channel,
      invited: c.invited,
      responses: hidden ? null : c.responses,
      responseRate: !hidden && c.invited ? round1((c.responses / c.invited) * 100) : null,
      suppressed: hidden ? (c.responses > 0 && c.responses < k ? "small" : "complement") : false,
    };
  });
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
