import "server-only";
import { and, count, eq, max, min } from "drizzle-orm";
import { getDb } from "@/db/client";
import { auditLog, invitations, responses, resultSettings, surveys } from "@/db/schema";
import { requirePermission } from "@/lib/accounts/data/session";
import { getPublishedQuotes } from "@/lib/moderation/data/open-answers";
import type { PublicationSource } from "@/lib/results/publication-build";
import { DEFAULT_MIN_MEAN_GROUP } from "@/lib/results/publication-means";
import { PUBLIC_DIMENSIONS } from "@/lib/results/publication-types";
import { getPublishedAdviceAndResponse } from "@/lib/review/data/advice-publication";
import type { Channel } from "@/lib/surveys/types";
import { isCloseTransition } from "./publication-sql";
import { DEFAULT_RESULT_SETTINGS } from "./result-settings";
import { currentDefinition, getSurveyResults } from "./survey-results";

/*
 * Everything a publication is built from (lib/results/publication-build.ts), gathered for staff
 * who may publish (survey:publish): the results overall and per public breakdown, computed by the
 * results layer from the cube; the channels with invitations and responses; the fieldwork period;
 * the approved, redacted quotes; and the advice with the official response. Figures here are
 * still unprotected — only the builder's output is ever shown to the public.
 */

export type PublicationSurvey = {
  id: number;
  slug: string;
  title: string;
  status: string;
  revision: number;
  minCellSize: number;
  minMeanGroup: number;
  weighting: "none" | "raking";
  summary: string;
};

/** The survey with its result settings (defaults when it has none), or null when it does not exist. */
export async function readPublicationSurvey(surveyId: number): Promise<PublicationSurvey | null> {
  const [row] = await getDb()
    .select({
      id: surveys.id,
      slug: surveys.slug,
      title: surveys.title,
      status: surveys.status,
      revision: surveys.revision,
      minCellSize: resultSettings.minCellSize,
      minMeanGroup: resultSettings.minMeanGroup,
      weighting: resultSettings.weighting,
      summary: resultSettings.summary,
    })
    .from(surveys)
    .leftJoin(resultSettings, eq(resultSettings.surveyId, surveys.id))
    .where(eq(surveys.id, surveyId));
  if (!row) return null;
  return {
    ...row,
    minCellSize: row.minCellSize ?? DEFAULT_RESULT_SETTINGS.minCellSize,
    minMeanGroup: row.minMeanGroup ?? DEFAULT_MIN_MEAN_GROUP,
    weighting: row.weighting ?? DEFAULT_RESULT_SETTINGS.weighting,
    summary: row.summary ?? "",
  };
}

export async function collectPublicationSource(
  survey: PublicationSurvey,
  options: { summary: string; publishedAt: Date },
): Promise<PublicationSource | null> {
  await requirePermission("survey:publish");
  const weighted = survey.weighting === "raking";
  const overall = await getSurveyResults(survey.id, { weighted }, "survey:publish");
  if (!overall) return null;
  const breakdowns = [];
  for (const dimension of PUBLIC_DIMENSIONS) {
    const results = await getSurveyResults(
      survey.id,
      { weighted, breakdown: { kind: "dimension", dimension } },
      "survey:publish",
    );
    if (results?.breakdown) breakdowns.push({ dimension, results });
  }
  return {
    survey: { slug: survey.slug, title: survey.title },
    publishedAt: options.publishedAt,
    k: survey.minCellSize,
    minMeanGroup: survey.minMeanGroup,
    summary: options.summary,
    overall,
    breakdowns,
    channels: await channelCounts(survey.id),
    fieldwork: await fieldworkPeriod(survey.id),
    quotes: await getPublishedQuotes(survey.id, "survey:publish"),
    advice: await getPublishedAdviceAndResponse(survey.id),
    definition: await currentDefinition(survey.id),
  };
}

/** Completed responses per channel, and for the panel channel the invitations sent. */
async function channelCounts(surveyId: number): Promise<PublicationSource["channels"]> {
  const db = getDb();
  const completed = await db
    .select({ channel: responses.channel, responses: count() })
    .from(responses)
    .where(and(eq(responses.surveyId, surveyId), eq(responses.status, "completed")))
    .groupBy(responses.channel);
  const invited = await db.$count(invitations, eq(invitations.surveyId, surveyId));
  const countOf = (channel: Channel) => completed.find((row) => row.channel === channel)?.responses ?? 0;
  const rows: PublicationSource["channels"] = [
    { channel: "public", invited: null, responses: countOf("public") },
  ];
  if (invited > 0 || countOf("panel") > 0)
    rows.push({ channel: "panel", invited, responses: countOf("panel") });
  if (countOf("staff") > 0) rows.push({ channel: "staff", invited: null, responses: countOf("staff") });
  return rows;
}

/**
 * From the opening (or the first completed response) to the closing: the last time staff closed
 * the survey, else its planned end when that has passed, else the last completed response.
 */
async function fieldworkPeriod(surveyId: number): Promise<PublicationSource["fieldwork"]> {
  const db = getDb();
  const [survey] = await db
    .select({ opensAt: surveys.opensAt, closesAt: surveys.closesAt })
    .from(surveys)
    .where(eq(surveys.id, surveyId));
  const [completed] = await db
    .select({ first: min(responses.completedAt), last: max(responses.completedAt) })
    .from(responses)
    .where(and(eq(responses.surveyId, surveyId), eq(responses.status, "completed")));
  const [closed] = await db
    .select({ at: max(auditLog.at) })
    .from(auditLog)
    .where(
      and(
        eq(auditLog.subjectType, "survey"),
        eq(auditLog.subjectId, String(surveyId)),
        eq(auditLog.action, "survey.status_changed"),
        isCloseTransition(auditLog.details),
      ),
    );
  const from = survey?.opensAt ?? completed?.first ?? null;
  const closesAt = survey?.closesAt ?? null;
  const plannedEnd = closesAt !== null && closesAt.getTime() <= Date.now() ? closesAt : null;
  const to = closed?.at ?? plannedEnd ?? completed?.last ?? null;
  return { from, to };
}
