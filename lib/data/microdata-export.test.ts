import { beforeAll, describe, expect, it, vi } from "vitest";
import { setUpTempDatabase } from "@/lib/testing/temp-database";

const cookie = vi.hoisted(() => ({ current: null as null | { user: { sid: string; sub: string } } }));
vi.mock("@/auth", () => ({ auth: async () => cookie.current }));
vi.mock("next/headers", () => ({
  cookies: async () => ({
    getAll: () => (cookie.current ? [{ name: "authjs.session-token", value: "…" }] : []),
  }),
}));

setUpTempDatabase("microdata-export");

import { getDb } from "@/db/client";
import { AuthorizationError } from "@/lib/auth/errors";
import { parseCsv } from "@/lib/panel/csv";
import { exportMicrodata, type MicrodataLabels } from "./microdata-export";
import { microdataCsvStream, microdataXlsx } from "./microdata-export-files";
import { insertPanel, insertSurvey, refusalOf, signInAs } from "./panel-test-support";

const sql = () => getDb().$client;

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

const definition = {
  title: "Test",
  pages: [
    {
      id: "p1",
      title: "Pagina",
      questions: [
        {
          id: "woont",
          type: "single_choice",
          text: "Hoe woont u?",
          options: [
            { value: "alleen", label: "Alleen" },
            { value: "samen", label: "Samen" },
          ],
          other: true,
        },
        {
          id: "doet",
          type: "multiple_choice",
          text: "Wat doet u?",
          options: [
            { value: "werk", label: "Werk" },
            { value: "school", label: "School" },
          ],
          dontKnow: true,
        },
        {
          id: "stellingen",
          type: "likert",
          text: "Eens?",
          statements: [
            { id: "a", text: "Stelling A" },
            { id: "b", text: "Stelling B" },
          ],
          scale: [
            { value: "oneens", label: "Oneens" },
            { value: "eens", label: "Eens" },
          ],
          dontKnow: true,
        },
        { id: "cijfer", type: "rating", text: "Cijfer?" },
        {
          id: "volgorde",
          type: "ranking",
          text: "Wat eerst?",
          options: [
            { value: "x", label: "X" },
            { value: "y", label: "Y" },
          ],
        },
        { id: "tips", type: "long_text", text: "Tips?" },
      ],
    },
  ],
};

let surveyId = 0;
let panelId = 0;
let seq = 0;

function insertResponse(
  attributes: { channel: string; panel?: number; ageGroup?: string; sex?: string; district?: string },
  answers: Record<string, unknown>,
  status: "completed" | "in_progress" = "completed",
): number {
  seq += 1;
  const id = Number(
    sql()
      .prepare(
        `INSERT INTO responses (id, survey_id, version_id, channel, panel_id, status, completed_at, age_group, sex,
           district, resume_token_hash, resume_code_hash, resume_token_sealed, resume_code_sealed)
         SELECT ?, id, current_version_id, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'x', 'x' FROM surveys WHERE id = ?`,
      )
      .run(
        // Ids no answer could equal, so the test can see that none is exported.
        987_650 + seq,
        attributes.channel,
        attributes.panel ?? null,
        status,
        status === "completed" ? Date.parse("2026-05-01T10:00:00Z") : null,
        attributes.ageGroup ?? null,
        attributes.sex ?? null,
        attributes.district ?? null,
        `md-${seq}`,
        `mc-${seq}`,
        surveyId,
      ).lastInsertRowid,
  );
  for (const [questionId, value] of Object.entries(answers))
    sql()
      .prepare("INSERT INTO answers (response_id, question_id, value) VALUES (?, ?, ?)")
      .run(id, questionId, JSON.stringify(value));
  return id;
}

function review(responseId: number, questionId: string, item: string, status: string, redacted: string) {
  sql()
    .prepare(
      `INSERT INTO open_answer_reviews (survey_id, response_id, question_id, item, status, redacted_text)
       VALUES (?, ?, ?, ?, ?, ?)`,
    )
    .run(surveyId, responseId, questionId, item, status, redacted);
}

const panelMember = { channel: "panel", ageGroup: "35-49", sex: "vrouw", district: "Centrum" };

beforeAll(() => {
  surveyId = insertSurvey("microdata");
  sql()
    .prepare("UPDATE survey_versions SET definition = ? WHERE survey_id = ?")
    .run(JSON.stringify(definition), surveyId);
  panelId = insertPanel("microdata-panel");
  // Five panel members share one cell (≥ k = 5); one man in Oost is alone in his.
  const first = insertResponse(
    { ...panelMember, panel: panelId },
    {
      woont: { choice: "_anders", other: "Met mijn buurman Jan de Vries" },
      doet: { choices: ["werk"] },
      stellingen: { a: "eens", b: "_weet_niet" },
      cijfer: 8,
      volgorde: ["y", "x"],
      tips: "Bel mij op 0612345678",
    },
  );
  review(first, "woont", "_anders", "approved", "Met mijn buurman [naam]");
  review(first, "tips", "", "approved", '=HYPERLINK("http://x") bel mij op [telefoonnummer]');
  for (let i = 0; i < 4; i += 1) {
    const id = insertResponse(
      { ...panelMember, panel: panelId },
      { woont: { choice: "samen" }, tips: "Geheim" },
    );
    review(id, "tips", "", "pending", "Geheim");
  }
  insertResponse(
    { channel: "panel", panel: panelId, ageGroup: "65-79", sex: "man", district: "Oost" },
    { doet: { choices: ["_weet_niet"] }, cijfer: 3 },
  );
  insertResponse({ channel: "public" }, { cijfer: 10 }, "in_progress");
});

async function csvText(forPublication: boolean): Promise<string> {
  const data = await exportMicrodata(surveyId, { format: "csv", forPublication, labels });
  if (!data) throw new Error("no export");
  const note = forPublication ? `Kenmerken leeg gelaten bij ${data.blanked} respondenten` : null;
  const bytes = new Uint8Array(await new Response(microdataCsvStream(data, note)).arrayBuffer());
  return new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
}

describe("microdata export", () => {
  it("writes one row per completed response, without ids or timestamps, and only approved redacted texts", async () => {
    await signInAs(cookie, "staff");
    const text = await csvText(false);
    expect(text.startsWith("\uFEFF")).toBe(true);
    const parsed = parseCsv(text);
    if (!parsed.ok) throw new Error("csv");
    const [header, ...rows] = parsed.records.map((r) => r.fields);
    expect(header).toEqual([
      "Kanaal",
      "Panel",
      "Leeftijdsgroep",
      "Geslacht",
      "Wijk",
      "1. Hoe woont u?",
      "1. Hoe woont u? [anders, namelijk]",
      "2. Wat doet u? [Werk]",
      "2. Wat doet u? [School]",
      "2. Wat doet u? [Weet niet]",
      "3. Eens? [Stelling A]",
      "3. Eens? [Stelling B]",
      "4. Cijfer?",
      "5. Wat eerst? [X]",
      "5. Wat eerst? [Y]",
      "6. Tips?",
    ]);
    expect(rows).toHaveLength(6);
    const full = rows.find((r) => r[5] === "Anders");
    expect(full).toEqual([
      "Panel",
      "Panel microdata-panel",
      "35-49",
      "Vrouw",
      "Centrum",
      "Anders",
      "Met mijn buurman [naam]",
      "1",
      "0",
      "0",
      "Eens",
      "Weet niet",
      "8",
      "2",
      "1",
      // A cell a spreadsheet would run as a formula starts with an apostrophe.
      '\'=HYPERLINK("http://x") bel mij op [telefoonnummer]',
    ]);
    expect(text).not.toContain("0612345678");
    expect(text).not.toContain("Jan de Vries");
    expect(text).not.toContain("Geheim");
    expect(text).not.toMatch(/2026-05-01/);
    expect(text).not.toContain("98765");
  });

  it("for publication blanks the attributes of a combination held by fewer than k, and says how many", async () => {
    await signInAs(cookie, "staff");
    const text = await csvText(true);
    const parsed = parseCsv(text);
    if (!parsed.ok) throw new Error("csv");
    const [, ...rest] = parsed.records.map((r) => r.fields);
    const note = rest.at(-1);
    const rows = rest.slice(0, -1);
    expect(note).toEqual(["Kenmerken leeg gelaten bij 1 respondenten"]);
    expect(rows.filter((r) => r.slice(0, 5).every((cell) => cell === ""))).toHaveLength(1);
    expect(rows.filter((r) => r[2] === "35-49")).toHaveLength(5);
    expect(text).not.toContain("Oost");
    expect(text).not.toContain("65-79");
    // No answer value is held by five of these six respondents, so every closed answer is empty,
    // and the "anders, namelijk" text with its choice; the approved open answer stays
    // (lib/data/microdata-export-answers.test.ts shows the answer rules at work).
    expect(rows.map((r) => r.slice(5, -1).join(""))).toEqual(Array(6).fill(""));
    expect(rows.map((r) => r.at(-1)).filter(Boolean)).toEqual([
      '\'=HYPERLINK("http://x") bel mij op [telefoonnummer]',
    ]);
  });

  it("records every export in the audit log with survey, format, rows and the publication flag", async () => {
    const staffId = await signInAs(cookie, "staff");
    sql().prepare("DELETE FROM audit_log").run();
    await csvText(false);
    const data = await exportMicrodata(surveyId, { format: "xlsx", forPublication: true, labels });
    if (!data) throw new Error("no export");
    const file = await microdataXlsx(data, { answers: "Antwoorden", note: "Toelichting" }, "Toelichting");
    expect(file.subarray(0, 2).toString()).toBe("PK");
    const audit = sql()
      .prepare(
        "SELECT actor_id, action, subject_type, subject_id, details FROM audit_log WHERE subject_type = 'survey' ORDER BY id",
      )
      .all() as {
      actor_id: number;
      action: string;
      subject_type: string;
      subject_id: string;
      details: string;
    }[];
    expect(audit.map((a) => ({ ...a, details: JSON.parse(a.details) }))).toEqual([
      {
        actor_id: staffId,
        action: "results.microdata_exported",
        subject_type: "survey",
        subject_id: String(surveyId),
        details: { format: "csv", rows: 6, forPublication: false },
      },
      {
        actor_id: staffId,
        action: "results.microdata_exported",
        subject_type: "survey",
        subject_id: String(surveyId),
        // Nine answer columns have a value held by fewer than five (all but the two texts).
        details: {
          format: "xlsx",
          rows: 6,
          forPublication: true,
          k: 5,
          blanked: 1,
          bandedColumns: 0,
          blankedColumns: 9,
        },
      },
    ]);
  });

  it("is refused to those without results:export, and records nothing for them", async () => {
    sql().prepare("DELETE FROM audit_log").run();
    for (const role of ["adviesraad", "panel"] as const) {
      await signInAs(cookie, role);
      expect(
        await refusalOf(exportMicrodata(surveyId, { format: "csv", forPublication: false, labels })),
      ).toBeInstanceOf(AuthorizationError);
    }
    expect(
      sql().prepare("SELECT count(*) AS n FROM audit_log WHERE action = 'results.microdata_exported'").get(),
    ).toEqual({ n: 0 });
  });
});
