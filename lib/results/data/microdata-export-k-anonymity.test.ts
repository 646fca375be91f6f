import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { setUpTempDatabase } from "@/lib/testing/temp-database";
import type { MicrodataCell } from "./microdata-export-cell";

const cookie = vi.hoisted(() => ({ current: null as null | { user: { sid: string; sub: string } } }));
vi.mock("@/auth", () => ({ auth: async () => cookie.current }));
vi.mock("next/headers", () => ({
  cookies: async () => ({
    getAll: () => (cookie.current ? [{ name: "authjs.session-token", value: "…" }] : []),
  }),
}));

setUpTempDatabase("microdata-export-k-anonymity");

import { getDb } from "@/db/client";
import { auditLog } from "@/db/schema";
import { signInAs } from "@/lib/panels/data/panel-test-support";
import { exportMicrodata } from "./microdata-export";
import { microdataXlsx } from "./microdata-export-files";
import { seedGeneratedSurvey } from "./microdata-export-generated-test-support";
import {
  csvOf,
  csvText,
  exportOf,
  labels,
  readCsv,
  seedMicrodataSurvey,
  tupleCounts,
} from "./microdata-export-test-support";

/*
 * The file "for publication" read back as a person would: every row's full tuple of cells (the
 * attributes and every closed answer column, an empty cell a value of its own) must occur at
 * least k times. Before, only combinations of the five attributes and each column on its own were
 * checked: in these surveys most rows were unique.
 */

let generated = 0;
let strict = 0;
let few = 0;

beforeAll(async () => {
  await seedMicrodataSurvey();
  generated = await seedGeneratedSurvey("gegenereerd", { count: 400, seed: 7 });
  strict = await seedGeneratedSurvey("gegenereerd-k10", { count: 300, seed: 11, minCellSize: 10 });
  few = await seedGeneratedSurvey("weinig", { count: 3, seed: 3 });
});

const auditRows = async (surveyId: number) =>
  (
    await getDb()
      .select({ details: auditLog.details })
      .from(auditLog)
      .where(and(eq(auditLog.action, "results.microdata_exported"), eq(auditLog.subjectId, String(surveyId))))
      .orderBy(auditLog.id)
  ).map((row) => row.details);

describe("the microdata file for publication is k-anonymous over all its columns", () => {
  it("in the seeded survey: every row occurs at least k = 5 times", async () => {
    await signInAs(cookie, "staff");
    const { rows } = readCsv(await csvText(true));
    expect(rows).toHaveLength(6);
    expect(Math.min(...tupleCounts(rows))).toBeGreaterThanOrEqual(5);
  });

  it("in a generated survey of 400 responses: every row occurs at least 5 times, and much is kept", async () => {
    await signInAs(cookie, "staff");
    const internal = readCsv(await csvOf(await exportOf(false, generated)));
    // Without protection nearly every row is unique: the test data do single people out.
    expect(tupleCounts(internal.rows).filter((n) => n === 1).length).toBeGreaterThan(390);

    const data = await exportOf(true, generated);
    const text = await csvOf(data);
    const { header, rows, note } = readCsv(text);
    expect(data.k).toBe(5);
    expect(rows).toHaveLength(400);
    expect(Math.min(...tupleCounts(rows))).toBeGreaterThanOrEqual(5);
    // The same holds for every part of the row, e.g. the attributes with any one answer.
    for (let column = 5; column < header.length; column += 1)
      expect(
        Math.min(...tupleCounts(rows.map((row) => [...row.slice(0, 5), row[column]]))),
      ).toBeGreaterThanOrEqual(5);

    // Open answers and the "anders, namelijk" texts are left out, and the note says so.
    expect(header).not.toContain("12. Tips?");
    expect(header.filter((h) => h.includes("anders, namelijk"))).toEqual([]);
    expect(header).toHaveLength(internal.header.length - 3);
    expect(text).not.toMatch(/Tip \d|Mijn eigen tip|Bij mijn moeder/);
    expect(note).toContain("(3 kolommen weggelaten)");
    // No exact age: only bands.
    const ages = rows.map((row) => row[header.indexOf("2. Leeftijd? (jaar)")]);
    expect(ages.every((age) => age === "" || /–|≤|≥/.test(age))).toBe(true);

    // Not everything is gone: attributes and answers survive for many respondents.
    const filled = rows.flat().filter((cell) => cell !== "").length;
    expect(filled).toBeGreaterThan(0.25 * rows.length * header.length);

    // The note and the audit entry say what was done, with the same numbers.
    const protection = data.protection;
    if (!protection) throw new Error("no protection");
    expect(note).toMatch(/^BESTAND VOOR PUBLICATIE \(k-anoniem, k = 5\)\. /);
    const number = new Intl.NumberFormat("nl").format;
    expect(note).toContain(
      `${number(protection.cellsBlanked)} cellen, bij ${number(protection.recordsAffected)} van de 400 respondenten`,
    );
    expect(note).toContain(
      `Leeg gelaten per kolom (aantal cellen): ${protection.blankedColumns.map((c) => `${c.header} (${c.cells})`).join("; ")}.`,
    );
    expect((await auditRows(generated)).at(-1)).toEqual({
      format: "csv",
      rows: 400,
      forPublication: true,
      k: 5,
      bandedColumns: protection.answerColumns.banded,
      blankedColumns: protection.answerColumns.blanked,
      recordsAffected: protection.recordsAffected,
      cellsBlanked: protection.cellsBlanked,
      columnsAffected: protection.blankedColumns.length,
      openColumnsLeftOut: 3,
    });
    expect(protection.cellsBlanked).toBeGreaterThan(0);
  });

  it("uses the survey's own threshold: with k = 10 every row occurs at least 10 times", async () => {
    await signInAs(cookie, "staff");
    const data = await exportOf(true, strict);
    const { rows, note } = readCsv(await csvOf(data));
    expect(data.k).toBe(10);
    expect(rows).toHaveLength(300);
    expect(Math.min(...tupleCounts(rows))).toBeGreaterThanOrEqual(10);
    expect(note).toMatch(/^BESTAND VOOR PUBLICATIE \(k-anoniem, k = 10\)\. /);
  });

  it("is the same rule in the XLSX file, which is audited as such", async () => {
    await signInAs(cookie, "staff");
    const data = await exportMicrodata(generated, { format: "xlsx", forPublication: true, labels });
    if (!data || "refused" in data) throw new Error("no export");
    const file = await microdataXlsx(
      data,
      { answers: "Voor publicatie", note: "Toelichting" },
      "Toelichting",
    );
    expect(file.subarray(0, 2).toString()).toBe("PK");
    const chunks: MicrodataCell[][][] = [];
    for await (const chunk of data.chunks()) chunks.push(chunk);
    const rows = chunks.flat().map((row) => row.map((cell) => (cell === null ? "" : String(cell))));
    expect(Math.min(...tupleCounts(rows))).toBeGreaterThanOrEqual(5);
    expect((await auditRows(generated)).at(-1)).toMatchObject({ format: "xlsx", forPublication: true, k: 5 });
  });

  it("is refused when the survey has fewer than k completed responses, and nothing is recorded", async () => {
    await signInAs(cookie, "staff");
    const refusal = await exportMicrodata(few, { format: "csv", forPublication: true, labels });
    expect(refusal).toEqual({
      refused: "fewer-than-k",
      survey: { id: few, slug: "weinig", title: "Enquête weinig" },
      rowCount: 3,
      k: 5,
    });
    expect(await auditRows(few)).toEqual([]);
    // The internal research file is still there for staff, saying it is not for publication.
    const internal = readCsv(await csvOf(await exportOf(false, few)));
    expect(internal.rows).toHaveLength(3);
    expect(internal.note).toMatch(/^INTERN ONDERZOEKSBESTAND: NIET PUBLICEREN\. /);
    expect(await auditRows(few)).toEqual([{ format: "csv", rows: 3, forPublication: false }]);
  });
});
