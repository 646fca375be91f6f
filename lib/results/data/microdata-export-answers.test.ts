import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { setUpTempDatabase } from "@/lib/testing/temp-database";

const cookie = vi.hoisted(() => ({ current: null as null | { user: { sid: string; sub: string } } }));
vi.mock("@/auth", () => ({ auth: async () => cookie.current }));
vi.mock("next/headers", () => ({
  cookies: async () => ({
    getAll: () => (cookie.current ? [{ name: "authjs.session-token", value: "…" }] : []),
  }),
}));

setUpTempDatabase("microdata-export-answers");

import { getDb } from "@/db/client";
import { answers, auditLog, openAnswerReviews, responses, surveys, surveyVersions } from "@/db/schema";
import { parseCsv } from "@/lib/csv/csv";
import { insertSurvey, signInAs } from "@/lib/panels/data/panel-test-support";
import { exportMicrodata, type MicrodataLabels } from "./microdata-export";
import { microdataCsvStream } from "./microdata-export-files";

/*
 * Disclosure control on the answers of the export "for publication", on a real database with
 * 20 respondents (all from the open link, so their attributes form one group of 20 and stay).
 * The expected bands and empty cells are worked out by hand: first each column on its own
 * (microdata-export-disclosure.ts), then k-anonymity over all columns (lib/results/k-anonymity.ts).
 *
 * After the column step the rows are (district, age band, rating, ranking, living):
 *   0–5   Centrum  12–30   0–6   x,y,z  Alleen
 *   6–7   Centrum  31–43   7     x,y,z  Alleen
 *   8–10  Zuiderh. 31–43   7     –      Alleen
 *   11    Zuiderh. 44–110  7     –      Alleen
 *   12–13 Zuiderh. 44–110  8–10  –      –
 *   14–19 –        44–110  8–10  –      –
 * Every column splits the 20 with no record left over. Split as leaves, the rating's three parts
 * lose the fewest cells (20); the coarse-first way (the ranking first, then the age band) would
 * lose 31. So k-anonymity splits on the rating: rows 0–5 and 12–19 keep all but the two
 * Zuiderhout districts, rows 6–11 lose district, age band and ranking.
 * (Before k-anonymity over all columns, the column step alone was published.)
 */

const labels: MicrodataLabels = {
  attributes: {
    channel: "Kanaal",
    panel: "Panel",
    ageGroup: "Leeftijdsgroep",
    sex: "Geslacht",
    district: "Wijk",
  },
  channels: { public: "Open link", panel: "Panel", staff: "Ingevoerd" },
  sexes: { man: "Man", vrouw: "Vrouw" },
  dontKnow: "Weet niet",
  other: "Anders",
  otherText: "anders, namelijk",
  chosen: "1",
  notChosen: "0",
};

const option = (value: string, label: string) => ({ value, label });
const definition = {
  title: "Test",
  pages: [
    {
      id: "over-u",
      title: "Over u",
      questions: [
        {
          id: "wijk",
          type: "dropdown",
          text: "Wijk?",
          options: [
            option("centrum", "Centrum"),
            option("zuiderhout", "Zuiderhout"),
            option("oosteind", "Oosteind"),
            option("dorst", "Dorst"),
          ],
        },
        { id: "leeftijd", type: "number", text: "Leeftijd?", min: 12, max: 110, integer: true, unit: "jaar" },
        { id: "cijfer", type: "rating", text: "Cijfer?" },
        {
          id: "volgorde",
          type: "ranking",
          text: "Volgorde?",
          options: [option("x", "X"), option("y", "Y"), option("z", "Z")],
        },
        {
          id: "woont",
          type: "single_choice",
          text: "Woont?",
          options: [option("alleen", "Alleen"), option("samen", "Samen")],
          other: true,
        },
      ],
    },
  ],
};

const AGES = [16, 17, 19, 23, 24, 24, 31, 35, 35, 38, 41, 44, 52, 58, 61, 67, 70, 74, 88, 97];
const DISTRICTS = [
  ...Array(8).fill("centrum"),
  ...Array(6).fill("zuiderhout"),
  ...Array(5).fill("oosteind"),
  "dorst",
];
const RATINGS = [2, 5, 5, 5, 5, 5, 7, 7, 7, 7, 7, 7, 8, 8, 8, 8, 8, 8, 10, 10];
const RANKINGS = [
  ...Array(8).fill(["x", "y", "z"]),
  ...Array(6).fill(["y", "x", "z"]),
  ...Array(5).fill(["x", "z", "y"]),
  ["z", "y", "x"],
];
const LIVING = [...Array(12).fill("alleen"), ...Array(6).fill("samen"), "_anders", "_anders"];

let surveyId = 0;

beforeAll(async () => {
  const db = getDb();
  surveyId = await insertSurvey("microdata-antwoorden");
  await db.update(surveyVersions).set({ definition }).where(eq(surveyVersions.surveyId, surveyId));
  const [survey] = await db
    .select({ versionId: surveys.currentVersionId })
    .from(surveys)
    .where(eq(surveys.id, surveyId));
  if (survey?.versionId == null) throw new Error("the survey has no current version");
  for (let i = 0; i < 20; i += 1) {
    const [response] = await db
      .insert(responses)
      .values({
        surveyId,
        versionId: survey.versionId,
        channel: "public",
        status: "completed",
        completedAt: new Date("2026-05-01T10:00:00Z"),
        resumeTokenHash: `ma-${i}`,
        resumeCodeHash: `mb-${i}`,
        resumeTokenSealed: "x",
        resumeCodeSealed: "x",
      })
      .returning({ id: responses.id });
    if (!response) throw new Error("no response inserted");
    const given: Record<string, unknown> = {
      wijk: DISTRICTS[i],
      leeftijd: AGES[i],
      cijfer: RATINGS[i],
      volgorde: RANKINGS[i],
      woont:
        LIVING[i] === "_anders" ? { choice: "_anders", other: "Met mijn zus Els" } : { choice: LIVING[i] },
    };
    for (const [questionId, value] of Object.entries(given))
      await db.insert(answers).values({ responseId: response.id, questionId, value });
    if (LIVING[i] === "_anders")
      await db.insert(openAnswerReviews).values({
        surveyId,
        responseId: response.id,
        questionId: "woont",
        item: "_anders",
        status: "approved",
        redactedText: "Met mijn zus [naam]",
      });
  }
});

async function exported(forPublication: boolean) {
  const data = await exportMicrodata(surveyId, { format: "csv", forPublication, labels });
  if (!data || "refused" in data) throw new Error("no export");
  const bytes = new Uint8Array(await new Response(microdataCsvStream(data, null)).arrayBuffer());
  const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
  const parsed = parseCsv(text);
  if (!parsed.ok) throw new Error("csv");
  const [header, ...rows] = parsed.records.map((r) => r.fields);
  const column = (name: string) => rows.map((row) => row[header.indexOf(name)]);
  return { data, header, rows, column };
}

const tally = (cells: string[]) => {
  const counts: Record<string, number> = {};
  for (const cell of cells) counts[cell] = (counts[cell] ?? 0) + 1;
  return counts;
};

describe("microdata export for publication: the answers", () => {
  it("never shows an exact age, only bands that each hold at least k respondents", async () => {
    await signInAs(cookie, "staff");
    const { data, column } = await exported(true);
    const ages = column("2. Leeftijd? (jaar)");
    expect(data.k).toBe(5);
    expect(tally(ages)).toEqual({ "12–30": 6, "": 6, "44–110": 8 });
    for (const age of AGES) expect(ages).not.toContain(String(age));
  });

  it("leaves a rare district empty, with a second one so the empty cell does not say which", async () => {
    await signInAs(cookie, "staff");
    const { rows, column } = await exported(true);
    // Zuiderhout (6) survives the column step, but no part of the k-anonymous split keeps it.
    expect(tally(column("1. Wijk?"))).toEqual({ Centrum: 6, "": 14 });
    expect(rows.flat()).not.toContain("Dorst");
    expect(rows.flat()).not.toContain("Oosteind");
  });

  it("keeps common ratings exact and merges the rare ones with a neighbour", async () => {
    await signInAs(cookie, "staff");
    const { column } = await exported(true);
    // The split was made on the rating, so it is kept as the column step left it.
    expect(tally(column("3. Cijfer?"))).toEqual({ "0–6": 6, "7": 6, "8–10": 8 });
  });

  it("empties a ranking as a whole when one of its positions is rare, and leaves the 'anders' text out", async () => {
    await signInAs(cookie, "staff");
    const { header, column } = await exported(true);
    const rankings = column("4. Volgorde? [X]").map((x, i) => [
      x,
      column("4. Volgorde? [Y]")[i],
      column("4. Volgorde? [Z]")[i],
    ]);
    // X's position 3 (1 respondent) and 2 (6) are empty, and Z's 1 (1) and 2 (5): only the eight
    // who ranked x, y, z keep their ranking after the column step, and k-anonymity empties it
    // for two of them (rows 6–7), all three positions together.
    expect(tally(rankings.map((r) => r.join(",")))).toEqual({ "1,2,3": 6, ",,": 14 });
    // "Anders" (2) and "Samen" (6) are left empty; the approved "anders" text is not in the file.
    expect(tally(column("5. Woont?"))).toEqual({ Alleen: 12, "": 8 });
    expect(header).not.toContain("5. Woont? [anders, namelijk]");
  });

  it("is recorded in the audit log with how many answer columns were banded or left partly empty", async () => {
    const staffId = await signInAs(cookie, "staff");
    await getDb().delete(auditLog);
    await exported(true);
    const audit = await getDb()
      .select({
        actorId: auditLog.actorId,
        action: auditLog.action,
        subjectId: auditLog.subjectId,
        details: auditLog.details,
      })
      .from(auditLog)
      .where(eq(auditLog.subjectType, "survey"));
    expect(audit).toEqual([
      {
        actorId: staffId,
        action: "results.microdata_exported",
        subjectId: String(surveyId),
        // Banded: age and rating. Left partly empty: district, X, Z and the living situation.
        // k-anonymity: district 8 cells (rows 6–13), age band 6 (rows 6–11), X, Y and Z 2 each
        // (rows 6–7), in 8 rows; the "anders" text column is left out.
        details: {
          format: "csv",
          rows: 20,
          forPublication: true,
          k: 5,
          bandedColumns: 2,
          blankedColumns: 4,
          recordsAffected: 8,
          cellsBlanked: 20,
          columnsAffected: 5,
          openColumnsLeftOut: 1,
        },
      },
    ]);
  });
});

describe("microdata export not for publication", () => {
  it("still holds the exact answers", async () => {
    await signInAs(cookie, "staff");
    const { column } = await exported(false);
    expect(
      column("2. Leeftijd? (jaar)")
        .map(Number)
        .sort((a, b) => a - b),
    ).toEqual(AGES);
    expect(tally(column("1. Wijk?"))).toEqual({ Centrum: 8, Zuiderhout: 6, Oosteind: 5, Dorst: 1 });
    expect(tally(column("3. Cijfer?"))).toEqual({ "2": 1, "5": 5, "7": 6, "8": 6, "10": 2 });
    expect(tally(column("4. Volgorde? [Z]"))).toEqual({ "3": 14, "2": 5, "1": 1 });
    expect(tally(column("5. Woont? [anders, namelijk]"))).toEqual({ "": 18, "Met mijn zus [naam]": 2 });
  });
});
