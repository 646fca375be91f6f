/*
 * Writes realistic, random, completed responses to a survey (the demo survey sociaal-domein-2026 by
 * default), for the results benchmark and for a demo with figures in it:
 * - answers follow the survey's conditions (a follow-up is answered only when it would have been
 *   shown) and have the shapes the respondent's pages store;
 * - a mix of channels; panel responses carry coarse attributes (age group, sex, district) as
 *   completion copies them, skewed the way panels are (older, some districts more than others), so
 *   weighting has something to correct; their age and district answers agree with them. Given the
 *   members who answered (`respondents`), each panel response is one of them, with that member's
 *   attributes, as completing through an invitation stores them before fieldwork closes (the demo
 *   then closes it: lib/results/data/anonymous-panel-attributes.ts);
 * - rows go in with a prepared statement (responses) and one insert per response (its answers) in large transactions, then the results cube is rebuilt
 *   once (lib/results/data/result-cells.ts), as it would be for responses completed before the cube existed.
 *
 * Used by the demo seed (the published 2025 edition, lib/demo/data/results-demo.ts) and by the results
 * benchmark; bench/generate-responses.ts runs it from the command line.
 */
import { randomInt } from "node:crypto";
import { asc, eq, sql } from "drizzle-orm";
import type { Db, Tx } from "@/db/client";
import { momentDriverValue } from "@/db/dialect";
import {
  answers,
  panels,
  populationFigures,
  postcodeDistricts,
  responses,
  surveys,
  surveyVersions,
} from "@/db/schema";
import { transaction } from "@/db/transaction";
import { ageGroupFor, ageInYear } from "@/lib/panels/age-groups";
import { type Random, seededRandom } from "@/lib/random/seeded-random";
import { rebuildResultCube } from "@/lib/results/data/result-cells";
import type { SurveyDefinition } from "@/lib/surveys/definition/schema";
import { generateAnswers } from "../generated-answers";

export type ChannelMix = { public: number; panel: number; staff: number };
export type GenerateOptions = {
  surveyId: number;
  count: number;
  seed?: number;
  /** Shares per channel (normalised); panel responses need a panel, else they become public. */
  channelMix?: Partial<ChannelMix>;
  /** The panels panel responses come through (by id); by default every panel. */
  panels?: readonly number[];
  /** Completion moments are spread over this period; by default the last 30 days. */
  completedBetween?: readonly [Date, Date];
  /**
   * The panel members who answered, one per panel response in this order (the rest, if any, get
   * random attributes): their age group (in the year of completion), sex and district are the
   * response's, and its age and district answers agree with them.
   */
  respondents?: readonly Respondent[];
  /**
   * Writes each batch's responses in a truly random order rather than the order they were drawn
   * in: the figures stay the seed's (each respondent is paired with the same draws on every run
   * and engine), but response ids no longer follow the order of `respondents`.
   */
  writeInRandomOrder?: boolean;
};
export type Respondent = { birthYear: number; sex: string; district: string | null };
/** One response as drawn, before it is written (`i`: its place in the drawing). */
type Drawn = {
  i: number;
  channel: string;
  panelId: number | null;
  ageGroup: string | null;
  sex: string | null;
  district: string | null;
  completedAt: number;
  given: Record<string, unknown>;
};
export type GenerateResult = { responses: number; answers: number; writeMs: number; cubeMs: number };

const DEFAULT_MIX: ChannelMix = { public: 0.5, panel: 0.45, staff: 0.05 };
const BATCH = 5000;
const DAY_MS = 86_400_000;

/** Panels over-represent older residents; the open link reaches younger ones a little more. */
const AGE_BANDS: { group: string; from: number; to: number; panel: number; public: number }[] = [
  { group: "12-17", from: 12, to: 17, panel: 0.02, public: 0.05 },
  { group: "18-34", from: 18, to: 34, panel: 0.13, public: 0.27 },
  { group: "35-49", from: 35, to: 49, panel: 0.2, public: 0.25 },
  { group: "50-64", from: 50, to: 64, panel: 0.3, public: 0.23 },
  { group: "65-79", from: 65, to: 79, panel: 0.28, public: 0.16 },
  { group: "80+", from: 80, to: 95, panel: 0.07, public: 0.04 },
];
const SEXES: [string, number][] = [
  ["vrouw", 0.53],
  ["man", 0.43],
  ["anders", 0.02],
  ["zeg_ik_liever_niet", 0.02],
];

function weighted<T>(random: Random, items: readonly [T, number][]): T {
  let r = random() * items.reduce((sum, [, w]) => sum + w, 0);
  for (const [item, w] of items) {
    r -= w;
    if (r <= 0) return item;
  }
  return (items[items.length - 1] as [T, number])[0];
}

async function loadSurvey(db: Db, surveyId: number) {
  const row = (
    await db
      .select({
        allowBreakdowns: surveys.allowBreakdowns,
        versionId: surveyVersions.id,
        definition: surveyVersions.definition,
      })
      .from(surveys)
      .innerJoin(surveyVersions, eq(surveyVersions.id, surveys.currentVersionId))
      .where(eq(surveys.id, surveyId))
      .limit(1)
  )[0];
  if (!row) throw new Error(`Survey ${surveyId} has no current version.`);
  const panelIds = (await db.select({ id: panels.id }).from(panels).orderBy(asc(panels.id))).map((p) => p.id);
  // Districts as the population figures (or the postcode table) name them, the first ones more
  // often: a panel is never spread like the population. Sorted by their characters, the same on every
  // engine: the weights and every later draw of the seeded random depend on it (unordered,
  // PostgreSQL returned them in insertion order and SQLite in its index's, so the demo seeded on
  // the two engines published different figures).
  let districts = (
    await db
      .select({ name: populationFigures.category })
      .from(populationFigures)
      .where(eq(populationFigures.dimension, "district"))
  ).map((d) => d.name);
  if (districts.length === 0)
    districts = (
      await db
        .selectDistinct({ name: postcodeDistricts.district })
        .from(postcodeDistricts)
        .orderBy(asc(postcodeDistricts.district))
    ).map((d) => d.name);
  districts.sort(byCodePoints);
  return {
    versionId: row.versionId,
    definition: row.definition as SurveyDefinition,
    allowBreakdowns: row.allowBreakdowns,
    panels: panelIds,
    districts: districts.map((name, i): [string, number] => [name, 1 / (1 + i * 0.12)]),
  };
}

/** Text by its characters (SQLite's BINARY order for these names), whatever a collation says. */
const byCodePoints = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The option of the survey's "wijk" dropdown whose label is the district's name, if any. */
function districtOptions(definition: SurveyDefinition): Map<string, string> {
  const wijk = definition.pages.flatMap((p) => p.questions).find((q) => q.id === "wijk");
  return new Map(wijk?.type === "dropdown" ? wijk.options.map((o) => [o.label, o.value]) : []);
}

/**
 * The response insert, prepared with placeholders on the transaction's handle (on PostgreSQL a
 * statement prepared on the pool would run outside the transaction): 100,000 responses go through
 * it. Values go in as given (sql`${placeholder}`): moments as the driver takes them (db/dialect.ts
 * momentDriverValue).
 */
function prepareInserts(tx: Tx) {
  const as = (name: string) => sql`${sql.placeholder(name)}`;
  const insertResponse = tx
    .insert(responses)
    .values({
      surveyId: as("surveyId"),
      versionId: as("versionId"),
      channel: as("channel"),
      language: as("language"),
      panelId: as("panelId"),
      ageGroup: as("ageGroup"),
      sex: as("sex"),
      district: as("district"),
      status: "completed",
      resumeTokenHash: as("resumeTokenHash"),
      resumeCodeHash: as("resumeCodeHash"),
      resumeTokenSealed: "generated",
      resumeCodeSealed: "generated",
      createdAt: as("createdAt"),
      updatedAt: as("updatedAt"),
      completedAt: as("completedAt"),
    })
    .returning({ id: responses.id })
    .prepare();
  return { insertResponse };
}

export async function generateResponses(db: Db, options: GenerateOptions): Promise<GenerateResult> {
  const started = performance.now();
  const random = seededRandom(options.seed ?? 1);
  const loaded = await loadSurvey(db, options.surveyId);
  const survey = options.panels
    ? { ...loaded, panels: loaded.panels.filter((id) => options.panels?.includes(id)) }
    : loaded;
  const mix = { ...DEFAULT_MIX, ...options.channelMix };
  if (survey.panels.length === 0) {
    mix.public += mix.panel;
    mix.panel = 0;
  }
  const channels: [string, number][] = [
    ["public", mix.public],
    ["panel", mix.panel],
    ["staff", mix.staff],
  ];
  const optionOf = districtOptions(survey.definition);
  const run = `${Date.now().toString(36)}-${options.seed ?? 1}`;
  const [periodStart, periodEnd] = options.completedBetween
    ? [options.completedBetween[0].getTime(), options.completedBetween[1].getTime()]
    : [Date.now() - 30 * DAY_MS, Date.now()];
  let answerCount = 0;
  let panelResponses = 0;

  /** Draws the responses from..to − 1 from the seeded random, in that order. */
  const drawBatch = (from: number, to: number): Drawn[] => {
    const drawn: Drawn[] = [];
    for (let i = from; i < to; i++) {
      const channel = weighted(random, channels);
      const band = weighted(
        random,
        AGE_BANDS.map((b): [(typeof AGE_BANDS)[number], number] => [
          b,
          channel === "panel" ? b.panel : b.public,
        ]),
      );
      let age = band.from + Math.floor(random() * (band.to - band.from + 1));
      let district = survey.districts.length > 0 ? weighted(random, survey.districts) : null;
      let sex = weighted(random, SEXES);
      const isPanel = channel === "panel";
      const attributes = isPanel && survey.allowBreakdowns;
      const drawMoment = () => periodEnd - Math.floor(random() * (periodEnd - periodStart));
      let ageGroup: string | null = band.group;
      const respondent = isPanel ? options.respondents?.[panelResponses++] : undefined;
      // A member's age depends on the moment of completion, so it is drawn before the answers;
      // without members it is drawn after them, as it always was, so seeded figures stay the same.
      let completedAt = respondent ? drawMoment() : 0;
      if (respondent) {
        const at = new Date(completedAt);
        age = ageInYear(respondent.birthYear, at);
        ageGroup = ageGroupFor(respondent.birthYear, at);
        sex = respondent.sex;
        district = respondent.district;
      }
      const given = generateAnswers(survey.definition, random, {
        age,
        districtOption: district ? optionOf.get(district) : undefined,
        mood: (random() - 0.5) * 1.6,
      });
      if (!respondent) completedAt = drawMoment();
      drawn.push({
        i,
        channel,
        panelId: isPanel ? pick(random, survey.panels) : null,
        ageGroup: attributes ? ageGroup : null,
        sex: attributes ? sex : null,
        district: attributes ? district : null,
        completedAt,
        given,
      });
    }
    return drawn;
  };

  const writeBatch = async (batch: readonly Drawn[]) =>
    await transaction(async (tx) => {
      const { insertResponse } = prepareInserts(tx);
      for (const { i, given, completedAt, ...response } of batch) {
        const [{ id }] = await insertResponse.execute({
          surveyId: options.surveyId,
          versionId: survey.versionId,
          ...response,
          // Generated answers are Dutch ones; staff enter paper and phone answers with no language.
          language: response.channel === "staff" ? null : "nl",
          resumeTokenHash: `gen-${run}-${i}`,
          resumeCodeHash: `gen-${run}-${i}`,
          createdAt: momentDriverValue(completedAt - 10 * 60_000),
          updatedAt: momentDriverValue(completedAt),
          completedAt: momentDriverValue(completedAt),
        });
        // A response's answers in one statement: one round trip, not twenty, on PostgreSQL.
        const rows = Object.entries(given).map(([questionId, value]) => ({
          responseId: id,
          questionId,
          value,
          updatedAt: new Date(completedAt),
        }));
        if (rows.length > 0) await tx.insert(answers).values(rows);
        answerCount += rows.length;
      }
    });
  for (let from = 0; from < options.count; from += BATCH) {
    const drawn = drawBatch(from, Math.min(options.count, from + BATCH));
    await writeBatch(options.writeInRandomOrder ? shuffled(drawn) : drawn);
  }
  const written = performance.now();
  await rebuildResultCube(options.surveyId, db);
  return {
    responses: options.count,
    answers: answerCount,
    writeMs: written - started,
    cubeMs: performance.now() - written,
  };
}

const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;

/** Fisher–Yates with a cryptographic random source: an order no seed recomputes. */
function shuffled<T>(items: readonly T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i -= 1) {
    const j = randomInt(i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}
