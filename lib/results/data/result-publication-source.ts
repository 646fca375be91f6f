import "server-only";
import { sql } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import { getDb } from "@/db/client";
import { queryRow, queryRows } from "@/db/raw-sql";
import { auditLog, invitations, responses, resultSettings, surveys } from "@/db/schema";
import { requirePermission } from "@/lib/accounts/data/session";
import { getPublishedQuotes } from "@/lib/moderation/data/open-answers";
import type { PublicationSource } from "@/lib/results/publication-build";
import { DEFAULT_MIN_MEAN_GROUP } from "@/lib/results/publication-means";
import { PUBLIC_DIMENSIONS } from "@/lib/results/publication-types";
import { getPublishedAdviceAndResponse } from "@/lib/review/data/advice-publication";
import type { Channel } from "@/lib/surveys/types";
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
  const s = alias(surveys, "s");
  const r = alias(resultSettings, "r");
  const row = await queryRow<PublicationSurvey | undefined>(
    getDb(),
    sql`SELECT ${s.id}, ${s.slug}, ${s.title}, ${s.status}, ${s.revision},
              coalesce(${r.minCellSize}, ${DEFAULT_RESULT_SETTINGS.minCellSize}) AS minCellSize,
              coalesce(${r.minMeanGroup}, ${DEFAULT_MIN_MEAN_GROUP}) AS minMeanGroup,
              coalesce(${r.weighting}, ${DEFAULT_RESULT_SETTINGS.weighting}) AS weighting,
              coalesce(${r.summary}, '') AS summary
       FROM ${surveys} ${s} LEFT JOIN ${resultSettings} ${r} ON ${r.surveyId} = ${s.id} WHERE ${s.id} = ${surveyId}`,
  );
  return row ?? null;
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
  const completed = await queryRows<{ channel: Channel; responses: number }>(
    db,
    sql`SELECT ${responses.channel}, count(*) AS responses FROM ${responses}
       WHERE ${responses.surveyId} = ${surveyId} AND ${responses.status} = 'completed' GROUP BY ${responses.channel}`,
  );
  const { invited } = (await queryRow<{ invited: number }>(
    db,
    sql`SELECT count(*) AS invited FROM ${invitations} WHERE ${invitations.surveyId} = ${surveyId}`,
  )) as { invited: number };
  const count = (channel: Channel) => completed.find((row) => row.channel === channel)?.responses ?? 0;
  const rows: PublicationSource["channels"] = [
    { channel: "public", invited: null, responses: count("public") },
  ];
  if (invited > 0 || count("panel") > 0) rows.push({ channel: "panel", invited, responses: count("panel") });
  if (count("staff") > 0) rows.push({ channel: "staff", invited: null, responses: count("staff") });
  return rows;
}

/**
 * From the opening (or the first completed response) to the closing: the last time staff closed
 * the survey, else its planned end when that has passed, else the last completed response.
 */
async function fieldworkPeriod(surveyId: number): Promise<PublicationSource["fieldwork"]> {
  const s = alias(surveys, "s");
  const r = responses;
  const a = auditLog;
  const row = (await queryRow<Record<"opensAt" | "closesAt" | "first" | "last" | "closedAt", number | null>>(
    getDb(),
    sql`SELECT ${s.opensAt} AS opensAt, ${s.closesAt} AS closesAt,
              (SELECT min(${r.completedAt}) FROM ${r} WHERE ${r.surveyId} = ${s.id} AND ${r.status} = 'completed') AS first,
              (SELECT max(${r.completedAt}) FROM ${r} WHERE ${r.surveyId} = ${s.id} AND ${r.status} = 'completed') AS last,
              (SELECT max(${a.at}) FROM ${a} WHERE ${a.subjectType} = 'survey' AND ${a.subjectId} = CAST(${s.id} AS TEXT)
                 AND ${a.action} = 'survey.status_changed' AND json_extract(${a.details}, '$.transition') = 'close') AS closedAt
       FROM ${surveys} ${s} WHERE ${s.id} = ${surveyId}`,
  )) as Record<"opensAt" | "closesAt" | "first" | "last" | "closedAt", number | null>;
  const from = row.opensAt ?? row.first;
  const plannedEnd = row.closesAt !== null && row.closesAt <= Date.now() ? row.closesAt : null;
  const to = row.closedAt ?? plannedEnd ?? row.last;
  return { from: from === null ? null : new Date(from), to: to === null ? null : new Date(to) };
}
