import "server-only";
import { sql } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import { getDb } from "@/db/client";
import { queryRow, queryRows } from "@/db/raw-sql";
import {
  completionDayCounts,
  invitations,
  panelMembers,
  panels,
  responses,
  surveys,
  surveyVersions,
} from "@/db/schema";
import { requirePermission } from "@/lib/accounts/data/session";
import { type CompositionTable, composition } from "@/lib/fieldwork/composition";
import { AGE_GROUPS, ageGroupFor } from "@/lib/panels/age-groups";
import { type DayCount, everyDay, foldHoursIntoDays, HOUR_MS } from "@/lib/responses/fieldwork-days";
import type { Channel } from "@/lib/surveys/types";
import { getPopulationFigures } from "./population-figures";

/*
 * Response monitoring for staff (response:read) at /beheer/surveys/<id>/respons. Every figure is
 * an aggregate computed in SQL (GROUP BY); no response or member row is loaded, so the page costs
 * the same for 50 responses as for 50,000.
 */

export type ChannelRow = {
  channel: Channel;
  panelId: number | null;
  panelName: string | null;
  /** Panel rows only: invitations sent. */
  invited: number | null;
  /** Responses begun (in progress or completed). */
  started: number;
  completed: number;
  /** completed / invited, panel rows only. */
  rate: number | null;
};

export type { DayCount };
export type PageDropOff = { pageId: string | null; title: string | null; stopped: number };

export type ResponseMonitoring = {
  survey: {
    id: number;
    title: string;
    slug: string;
    status: string;
    anonymity: string;
    allowBreakdowns: boolean;
  };
  channels: ChannelRow[];
  totals: { invited: number; started: number; completed: number; rate: number | null };
  completionsPerDay: DayCount[];
  dropOff: { pages: PageDropOff[]; completed: number };
  /** Panel respondents (they carry coarse attributes) against the invited panels and the population. */
  composition: CompositionTable[];
  populationSource: string;
};

export async function getResponseMonitoring(surveyId: number): Promise<ResponseMonitoring | null> {
  await requirePermission("response:read");
  const s = alias(surveys, "s");
  const v = alias(surveyVersions, "v");
  const survey = await queryRow<
    | {
        id: number;
        title: string;
        slug: string;
        status: string;
        anonymity: string;
        allowBreakdowns: number;
        definition: string | null;
      }
    | undefined
  >(
    getDb(),
    sql`SELECT ${s.id}, ${s.title}, ${s.slug}, ${s.status}, ${s.anonymity}, ${s.allowBreakdowns} AS allowBreakdowns, ${v.definition}
       FROM ${surveys} ${s} LEFT JOIN ${surveyVersions} ${v} ON ${v.id} = ${s.currentVersionId} AND ${v.surveyId} = ${s.id}
       WHERE ${s.id} = ${surveyId}`,
  );
  if (!survey) return null;

  const channels = await channelRows(surveyId);
  const invited = channels.reduce((sum, c) => sum + (c.invited ?? 0), 0);
  const panelCompleted = channels.reduce((sum, c) => sum + (c.channel === "panel" ? c.completed : 0), 0);
  const population = await getPopulationFigures("monitor");
  const { definition, allowBreakdowns, ...rest } = survey;
  return {
    survey: { ...rest, allowBreakdowns: allowBreakdowns === 1 },
    channels,
    totals: {
      invited,
      started: channels.reduce((sum, c) => sum + c.started, 0),
      completed: channels.reduce((sum, c) => sum + c.completed, 0),
      rate: invited > 0 ? panelCompleted / invited : null,
    },
    completionsPerDay: await completionsPerDay(surveyId),
    dropOff: await dropOff(surveyId, definition),
    composition: await compositionTables(surveyId, population),
    populationSource: population.source,
  };
}

async function channelRows(surveyId: number): Promise<ChannelRow[]> {
  const db = getDb();
  const started = await queryRows<{
    channel: Channel;
    panelId: number | null;
    started: number;
    completed: number;
  }>(
    db,
    sql`SELECT ${responses.channel}, ${responses.panelId} AS panelId, count(*) AS started,
         sum(${responses.status} = 'completed') AS completed
       FROM ${responses} WHERE ${responses.surveyId} = ${surveyId} GROUP BY ${responses.channel}, ${responses.panelId}`,
  );
  const i = alias(invitations, "i");
  const p = alias(panels, "p");
  const invited = await queryRows<{ panelId: number; panelName: string; invited: number }>(
    db,
    sql`SELECT ${i.panelId} AS panelId, ${p.name} AS panelName, count(*) AS invited
       FROM ${invitations} ${i} JOIN ${panels} ${p} ON ${p.id} = ${i.panelId}
       WHERE ${i.surveyId} = ${surveyId} GROUP BY ${i.panelId} ORDER BY ${p.name}`,
  );
  const find = (channel: Channel, panelId: number | null) =>
    started.find((r) => r.channel === channel && r.panelId === panelId) ?? { started: 0, completed: 0 };
  const rows: ChannelRow[] = [];
  const publicRow = find("public", null);
  rows.push({
    channel: "public",
    panelId: null,
    panelName: null,
    invited: null,
    ...pick(publicRow),
    rate: null,
  });
  for (const panel of invited) {
    const counts = pick(find("panel", panel.panelId));
    rows.push({
      channel: "panel",
      ...panel,
      ...counts,
      rate: panel.invited ? counts.completed / panel.invited : null,
    });
  }
  // Panel responses whose panel is gone, or responses staff entered from paper or phone.
  for (const other of started) {
    const listed =
      other.channel === "public" ||
      (other.channel === "panel" && invited.some((p) => p.panelId === other.panelId));
    if (!listed)
      rows.push({
        channel: other.channel,
        panelId: other.panelId,
        panelName: null,
        invited: null,
        ...pick(other),
        rate: null,
      });
  }
  return rows;
}

const pick = (row: { started: number; completed: number }) => ({
  started: row.started,
  completed: row.completed ?? 0,
});

/**
 * Completions per calendar day in Dutch time (days without any between the first and the last
 * listed with 0). Most responses carry their own moment. The anonymous panel responses of a
 * closed survey do not: the close pass gave them all one moment and kept their days as counts
 * (lib/responses/data/anonymous-response-trail.ts), so those are read from the counts instead.
 */
async function completionsPerDay(surveyId: number): Promise<DayCount[]> {
  const db = getDb();
  const c = completionDayCounts;
  const kept = await queryRows<{ day: string; n: number; erasedAt: number }>(
    db,
    sql`SELECT ${c.day}, sum(${c.completed}) AS n, max(${c.erasedAt}) AS erasedAt FROM ${c}
       WHERE ${c.surveyId} = ${surveyId} GROUP BY ${c.day}`,
  );
  const erasedAt = kept.length > 0 ? Math.max(...kept.map((row) => row.erasedAt)) : null;
  const r = responses;
  const hours = await queryRows<{ hour: number; n: number }>(
    db,
    sql`SELECT ${r.completedAt} / ${sql.raw(String(HOUR_MS))} AS hour, count(*) AS n FROM ${r}
       WHERE ${r.surveyId} = ${surveyId} AND ${r.status} = 'completed' AND ${r.completedAt} IS NOT NULL
         AND NOT (${r.channel} = 'panel' AND ${r.memberId} IS NULL AND ${r.completedAt} IS ${erasedAt})
       GROUP BY hour ORDER BY hour`,
  );
  const byDay = foldHoursIntoDays(hours);
  for (const { day, n } of kept) byDay.set(day, (byDay.get(day) ?? 0) + n);
  return everyDay(byDay);
}

/** How many unfinished responses stopped on each page, in the order of the current version's pages. */
async function dropOff(
  surveyId: number,
  definitionJson: string | null,
): Promise<ResponseMonitoring["dropOff"]> {
  const db = getDb();
  const r = responses;
  const stopped = await queryRows<{ pageId: string | null; n: number }>(
    db,
    sql`SELECT ${r.currentPageId} AS pageId, count(*) AS n FROM ${r}
       WHERE ${r.surveyId} = ${surveyId} AND ${r.status} = 'in_progress' GROUP BY ${r.currentPageId}`,
  );
  const completed = (
    (await queryRow<{ n: number }>(
      db,
      sql`SELECT count(*) AS n FROM ${r} WHERE ${r.surveyId} = ${surveyId} AND ${r.status} = 'completed'`,
    )) as { n: number }
  ).n;
  let pages: { id: string; title: string }[] = [];
  try {
    pages = definitionJson ? (JSON.parse(definitionJson).pages ?? []) : [];
  } catch {
    pages = [];
  }
  const counts = new Map(stopped.map((row) => [row.pageId, row.n]));
  const rows: PageDropOff[] = pages.map((page) => ({
    pageId: page.id,
    title: page.title,
    stopped: counts.get(page.id) ?? 0,
  }));
  const known = new Set(pages.map((page) => page.id));
  // Pages of an earlier version, or a response that has not reached a page yet.
  for (const row of stopped)
    if (row.pageId === null || !known.has(row.pageId))
      rows.push({ pageId: row.pageId, title: null, stopped: row.n });
  return { pages: rows, completed };
}

async function compositionTables(
  surveyId: number,
  population: Awaited<ReturnType<typeof getPopulationFigures>>,
): Promise<CompositionTable[]> {
  const db = getDb();
  const i = alias(invitations, "i");
  const m = alias(panelMembers, "m");
  const attribute = { district: "district", birth_year: "birthYear", sex: "sex" } as const;
  // Who answered through a panel, read from the members behind the used invitations rather than
  // from the responses: an anonymous response keeps only attributes that k members who answered
  // share (lib/results/data/anonymous-panel-attributes.ts), so it says too little for a composition. The
  // counts are staff-only totals, and the invitations are something whoever holds the database
  // sees anyway; a member who left counts as unknown.
  const answered = async (column: "district" | "birth_year" | "sex") =>
    await queryRows<{ category: string | number | null; n: number }>(
      db,
      sql`SELECT ${m[attribute[column]]} AS category, count(*) AS n FROM ${invitations} ${i}
         LEFT JOIN ${panelMembers} ${m} ON ${m.id} = ${i.memberId}
         WHERE ${i.surveyId} = ${surveyId} AND ${i.usedAt} IS NOT NULL GROUP BY ${m[attribute[column]]}`,
    );
  // Active members of the panels invited to this survey.
  const members = async (column: "district" | "birth_year" | "sex") =>
    await queryRows<{ category: string | number | null; n: number }>(
      db,
      sql`SELECT ${panelMembers[attribute[column]]} AS category, count(*) AS n FROM ${panelMembers}
         WHERE ${panelMembers.status} = 'active' AND ${panelMembers.panelId} IN
           (SELECT DISTINCT ${invitations.panelId} FROM ${invitations} WHERE ${invitations.surveyId} = ${surveyId})
         GROUP BY ${panelMembers[attribute[column]]}`,
    );
  const byAgeGroup = (rows: { category: string | number | null; n: number }[]) =>
    rows.reduce<{ category: string | null; n: number }[]>((acc, row) => {
      const group = typeof row.category === "number" ? ageGroupFor(row.category) : null;
      const entry = acc.find((e) => e.category === group);
      if (entry) entry.n += row.n;
      else acc.push({ category: group, n: row.n });
      return acc;
    }, []);
  const populationBy = (part: 0 | 1) => {
    const totals: Record<string, number> = {};
    for (const [category, count] of Object.entries(population.ageSex)) {
      const key = category.split("|")[part];
      if (key) totals[key] = (totals[key] ?? 0) + count;
    }
    return totals;
  };
  return [
    composition(
      "district",
      (await answered("district")) as { category: string | null; n: number }[],
      (await members("district")) as { category: string | null; n: number }[],
      population.district,
      null,
    ),
    composition(
      "ageGroup",
      byAgeGroup(await answered("birth_year")),
      byAgeGroup(await members("birth_year")),
      populationBy(0),
      AGE_GROUPS,
    ),
    composition(
      "sex",
      (await answered("sex")) as { category: string | null; n: number }[],
      (await members("sex")) as { category: string | null; n: number }[],
      populationBy(1),
      ["man", "vrouw", "anders", "zeg_ik_liever_niet"],
    ),
  ];
}
