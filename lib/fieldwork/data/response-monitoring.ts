import "server-only";
import { and, asc, count, eq, inArray, isNotNull, isNull, max, not, type SQL, sql, sum } from "drizzle-orm";
import { getDb } from "@/db/client";
import {
  completionDayCounts,
  invitations,
  panelMembers,
  panels,
  responses,
  surveys,
  surveyVersions,
} from "@/db/schema";
import { isLocale, LOCALES, type Locale } from "@/i18n/locales";
import { requirePermission } from "@/lib/accounts/data/session";
import { type CompositionTable, composition } from "@/lib/fieldwork/composition";
import { AGE_GROUPS, ageGroupFor } from "@/lib/panels/age-groups";
import { type DayCount, everyDay, foldHoursIntoDays } from "@/lib/responses/fieldwork-days";
import { isCurrentVersion } from "@/lib/surveys/data/current-version";
import type { Channel } from "@/lib/surveys/types";
import { hourNumber } from "./fieldwork-sql";
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

/** Completed responses given in one language; null: not recorded (before languages were, or entered by staff). */
export type LanguageRow = { language: Locale | null; completed: number };

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
  /** Completions per language the survey was shown in, languages in LOCALES order, unrecorded last. */
  languages: LanguageRow[];
  completionsPerDay: DayCount[];
  dropOff: { pages: PageDropOff[]; completed: number };
  /** Panel respondents (they carry coarse attributes) against the invited panels and the population. */
  composition: CompositionTable[];
  populationSource: string;
};

export async function getResponseMonitoring(surveyId: number): Promise<ResponseMonitoring | null> {
  await requirePermission("response:read");
  const survey = (
    await getDb()
      .select({
        id: surveys.id,
        title: surveys.title,
        slug: surveys.slug,
        status: surveys.status,
        anonymity: surveys.anonymity,
        allowBreakdowns: surveys.allowBreakdowns,
        definition: surveyVersions.definition,
      })
      .from(surveys)
      .leftJoin(surveyVersions, isCurrentVersion)
      .where(eq(surveys.id, surveyId))
      .limit(1)
  )[0];
  if (!survey) return null;

  const channels = await channelRows(surveyId);
  const invited = channels.reduce((sum, c) => sum + (c.invited ?? 0), 0);
  const panelCompleted = channels.reduce((sum, c) => sum + (c.channel === "panel" ? c.completed : 0), 0);
  const population = await getPopulationFigures("monitor");
  const { definition, ...rest } = survey;
  return {
    survey: rest,
    channels,
    totals: {
      invited,
      started: channels.reduce((sum, c) => sum + c.started, 0),
      completed: channels.reduce((sum, c) => sum + c.completed, 0),
      rate: invited > 0 ? panelCompleted / invited : null,
    },
    languages: await languageRows(surveyId),
    completionsPerDay: await completionsPerDay(surveyId),
    dropOff: await dropOff(surveyId, definition),
    composition: await compositionTables(surveyId, population),
    populationSource: population.source,
  };
}

async function channelRows(surveyId: number): Promise<ChannelRow[]> {
  const db = getDb();
  const started = await db
    .select({
      channel: responses.channel,
      panelId: responses.panelId,
      started: count(),
      completed: sql<number>`sum(CASE WHEN ${responses.status} = 'completed' THEN 1 ELSE 0 END)`.mapWith(
        Number,
      ),
    })
    .from(responses)
    .where(eq(responses.surveyId, surveyId))
    .groupBy(responses.channel, responses.panelId);
  const invited = await db
    .select({ panelId: invitations.panelId, panelName: panels.name, invited: count() })
    .from(invitations)
    .innerJoin(panels, eq(panels.id, invitations.panelId))
    .where(eq(invitations.surveyId, surveyId))
    .groupBy(invitations.panelId, panels.name)
    .orderBy(asc(panels.name));
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

/**
 * Completed responses per language. Staff only, like the channels: published results never break
 * down by language, since a small language group could identify the people in it.
 */
async function languageRows(surveyId: number): Promise<LanguageRow[]> {
  const rows = await getDb()
    .select({ language: responses.language, completed: count() })
    .from(responses)
    .where(and(eq(responses.surveyId, surveyId), eq(responses.status, "completed")))
    .groupBy(responses.language);
  const rank = (language: Locale | null) => (language === null ? LOCALES.length : LOCALES.indexOf(language));
  return rows
    .map((row) => ({ language: isLocale(row.language) ? row.language : null, completed: row.completed }))
    .sort((a, b) => rank(a.language) - rank(b.language));
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
  const kept = await db
    .select({ day: c.day, n: sum(c.completed).mapWith(Number), erasedAt: max(c.erasedAt) })
    .from(c)
    .where(eq(c.surveyId, surveyId))
    .groupBy(c.day);
  const erasedAt = kept.reduce<Date | null>(
    (latest, row) => (row.erasedAt && (!latest || row.erasedAt > latest) ? row.erasedAt : latest),
    null,
  );
  const r = responses;
  const hour = hourNumber(r.completedAt);
  const hours = await db
    .select({ hour, n: count() })
    .from(r)
    .where(
      and(
        eq(r.surveyId, surveyId),
        eq(r.status, "completed"),
        isNotNull(r.completedAt),
        // The anonymous panel responses whose moment the close pass replaced: counted in `kept`.
        erasedAt
          ? not(and(eq(r.channel, "panel"), isNull(r.memberId), eq(r.completedAt, erasedAt)) as SQL)
          : undefined,
      ),
    )
    .groupBy(hour)
    .orderBy(hour);
  const byDay = foldHoursIntoDays(hours);
  for (const { day, n } of kept) byDay.set(day, (byDay.get(day) ?? 0) + n);
  return everyDay(byDay);
}

/** How many unfinished responses stopped on each page, in the order of the current version's pages. */
async function dropOff(surveyId: number, definition: unknown): Promise<ResponseMonitoring["dropOff"]> {
  const db = getDb();
  const r = responses;
  const stopped = await db
    .select({ pageId: r.currentPageId, n: count() })
    .from(r)
    .where(and(eq(r.surveyId, surveyId), eq(r.status, "in_progress")))
    .groupBy(r.currentPageId);
  const completed = await db.$count(r, and(eq(r.surveyId, surveyId), eq(r.status, "completed")));
  const pages = ((definition as { pages?: { id: string; title: string }[] } | null)?.pages ?? []).filter(
    (page) => typeof page?.id === "string",
  );
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
  const attribute = { district: "district", birth_year: "birthYear", sex: "sex" } as const;
  // Who answered through a panel, read from the members behind the used invitations rather than
  // from the responses: an anonymous response keeps only attributes that k members who answered
  // share (lib/results/data/anonymous-panel-attributes.ts), so it says too little for a composition. The
  // counts are staff-only totals, and the invitations are something whoever holds the database
  // sees anyway; a member who left counts as unknown.
  const answered = async (column: "district" | "birth_year" | "sex") => {
    const category = panelMembers[attribute[column]];
    return await db
      .select({ category, n: count() })
      .from(invitations)
      .leftJoin(panelMembers, eq(panelMembers.id, invitations.memberId))
      .where(and(eq(invitations.surveyId, surveyId), isNotNull(invitations.usedAt)))
      .groupBy(category);
  };
  // Active members of the panels invited to this survey.
  const members = async (column: "district" | "birth_year" | "sex") => {
    const category = panelMembers[attribute[column]];
    const invitedPanels = db
      .selectDistinct({ panelId: invitations.panelId })
      .from(invitations)
      .where(eq(invitations.surveyId, surveyId));
    return await db
      .select({ category, n: count() })
      .from(panelMembers)
      .where(and(eq(panelMembers.status, "active"), inArray(panelMembers.panelId, invitedPanels)))
      .groupBy(category);
  };
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
