import { asc, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { setUpTempDatabase } from "@/lib/testing/temp-database";

setUpTempDatabase("generate-responses");

import { getDb } from "@/db/client";
import {
  answers,
  populationFigures,
  postcodeDistricts,
  responses,
  surveys,
  surveyVersions,
} from "@/db/schema";
import { insertPanel } from "@/lib/panels/data/panel-test-support";
import type { SurveyDefinition } from "@/lib/surveys/definition/schema";
import { parseDefinition } from "@/lib/surveys/definition/validate-definition";
import { sociaalDomeinDefinition } from "../oosterhout-sociaal-domein";
import { generateResponses, type Respondent } from "./generate-responses";

/*
 * The seeded generator behind the demo's published 2025 edition (issue 12): the same seed must
 * give the same responses on SQLite and PostgreSQL and on every run, or the demo publishes
 * different figures depending on where, and when, it was seeded.
 */

function definition(): SurveyDefinition {
  const result = parseDefinition(sociaalDomeinDefinition);
  if (!result.ok) throw new Error(result.errors.join("\n"));
  return result.definition;
}

/** The districts the survey's "wijk" question offers (answers follow the drawn district). */
function districtNames(): string[] {
  const wijk = definition()
    .pages.flatMap((p) => p.questions)
    .find((q) => q.id === "wijk");
  if (wijk?.type !== "dropdown") throw new Error("the demo survey asks for the district");
  return wijk.options.map((o) => o.label).filter((label) => /^[A-Z]/.test(label));
}

let surveySeq = 0;
async function insertDemoSurvey(): Promise<number> {
  surveySeq += 1;
  const db = getDb();
  const [survey] = await db
    .insert(surveys)
    .values({
      slug: `generated-${surveySeq}`,
      title: "Gegenereerd",
      status: "closed",
      anonymity: "anonymous",
    })
    .returning({ id: surveys.id });
  if (!survey) throw new Error("no survey inserted");
  const [version] = await db
    .insert(surveyVersions)
    .values({ surveyId: survey.id, number: 1, definition: definition() })
    .returning({ id: surveyVersions.id });
  if (!version) throw new Error("no version inserted");
  await db.update(surveys).set({ currentVersionId: version.id }).where(eq(surveys.id, survey.id));
  return survey.id;
}

type Generated = { channel: string; attributes: (string | null)[]; answers: Record<string, unknown> };

/** The survey's responses with their answers, in the order they were written. */
async function generated(surveyId: number): Promise<Generated[]> {
  const db = getDb();
  const rows = await db
    .select({
      id: responses.id,
      channel: responses.channel,
      ageGroup: responses.ageGroup,
      sex: responses.sex,
      district: responses.district,
    })
    .from(responses)
    .where(eq(responses.surveyId, surveyId))
    .orderBy(asc(responses.id));
  const out: Generated[] = [];
  for (const r of rows) {
    const given = await db
      .select({ questionId: answers.questionId, value: answers.value })
      .from(answers)
      .where(eq(answers.responseId, r.id));
    out.push({
      channel: r.channel,
      attributes: [r.ageGroup, r.sex, r.district],
      answers: Object.fromEntries(given.map((a) => [a.questionId, a.value])),
    });
  }
  return out;
}

/** A multiset of responses, order aside. */
const asMultiset = (list: Generated[]) => list.map((g) => JSON.stringify(g, sortedKeys)).sort();
function sortedKeys(_key: string, value: unknown): unknown {
  if (!value || typeof value !== "object" || Array.isArray(value)) return value;
  return Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

const PERIOD = [new Date("2025-03-01T08:00:00Z"), new Date("2025-03-29T20:00:00Z")] as const;

describe("generateResponses", () => {
  it("draws the same responses whatever order the population figures were entered in", async () => {
    const names = districtNames();
    expect(names.length).toBeGreaterThan(3);
    const db = getDb();
    // First from the postcode table (read in name order), then from population figures entered
    // in the reverse order: the districts are weighted by their place, so their order must be
    // the names', not the database's.
    for (const [i, district] of names.entries())
      await db.insert(postcodeDistricts).values({ postcode4: String(4900 + i), district });
    const fromPostcodes = await insertDemoSurvey();
    await generateResponses(db, {
      surveyId: fromPostcodes,
      count: 40,
      seed: 12,
      channelMix: { public: 0.9, panel: 0, staff: 0.1 },
      completedBetween: PERIOD,
    });
    for (const [i, category] of [...names].reverse().entries())
      await db.insert(populationFigures).values({ dimension: "district", category, count: 1000 + i });
    const fromFigures = await insertDemoSurvey();
    await generateResponses(db, {
      surveyId: fromFigures,
      count: 40,
      seed: 12,
      channelMix: { public: 0.9, panel: 0, staff: 0.1 },
      completedBetween: PERIOD,
    });

    const expected = await generated(fromPostcodes);
    expect(new Set(expected.map((g) => g.answers.wijk)).size).toBeGreaterThan(2);
    expect(await generated(fromFigures)).toEqual(expected);
  }, 60_000);

  it("pairs each member who answered with the same draws, whatever order it writes them in", async () => {
    const db = getDb();
    const panelId = await insertPanel("generated");
    const respondents: Respondent[] = Array.from({ length: 30 }, (_, i) => ({
      birthYear: 1940 + ((i * 7) % 60),
      sex: i % 3 === 0 ? "man" : "vrouw",
      district: i % 4 === 0 ? null : (districtNames()[i % 5] ?? null),
    }));
    const write = async (writeInRandomOrder: boolean) => {
      const surveyId = await insertDemoSurvey();
      await generateResponses(db, {
        surveyId,
        count: respondents.length,
        seed: 2025,
        channelMix: { public: 0, panel: 1, staff: 0 },
        panels: [panelId],
        completedBetween: PERIOD,
        respondents,
        writeInRandomOrder,
      });
      return await generated(surveyId);
    };
    const inOrder = await write(false);
    const shuffled = await write(true);
    expect(asMultiset(shuffled)).toEqual(asMultiset(inOrder));
    // Drawn in the members' order: each response answers with its member's age, when it gives one.
    const ages = inOrder.map((g, i) => {
      const birthYear = (respondents[i] as Respondent).birthYear;
      const age = g.answers.leeftijd;
      return age === undefined || age === 2024 - birthYear || age === 2025 - birthYear;
    });
    expect(ages).not.toContain(false);
    expect(inOrder.filter((g) => g.answers.leeftijd !== undefined).length).toBeGreaterThan(10);
  }, 60_000);

  it("records generated answers as given in Dutch, and those staff entered with no language", async () => {
    const surveyId = await insertDemoSurvey();
    await generateResponses(getDb(), {
      surveyId,
      count: 30,
      seed: 3,
      channelMix: { public: 0.7, panel: 0, staff: 0.3 },
      completedBetween: PERIOD,
    });
    const rows = await getDb()
      .select({ channel: responses.channel, language: responses.language })
      .from(responses)
      .where(eq(responses.surveyId, surveyId));
    const byChannel = (channel: string) =>
      new Set(rows.filter((r) => r.channel === channel).map((r) => r.language));
    expect(byChannel("public")).toEqual(new Set(["nl"]));
    expect(byChannel("staff")).toEqual(new Set([null]));
  });
});
