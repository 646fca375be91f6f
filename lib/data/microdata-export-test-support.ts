import { getDb } from "@/db/client";
import { exportMicrodata, type MicrodataLabels } from "./microdata-export";
import { microdataCsvStream } from "./microdata-export-files";
import { insertPanel, insertSurvey } from "./panel-test-support";

export const sql = () => getDb().$client;

export const labels: MicrodataLabels = {
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

export let surveyId = 0;
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

/** Seeds the survey, its panel and responses every microdata test reads. */
export function seedMicrodataSurvey() {
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
}

export async function csvText(forPublication: boolean): Promise<string> {
  const data = await exportMicrodata(surveyId, { format: "csv", forPublication, labels });
  if (!data) throw new Error("no export");
  const note = forPublication ? `Kenmerken leeg gelaten bij ${data.blanked} respondenten` : null;
  const bytes = new Uint8Array(await new Response(microdataCsvStream(data, note)).arrayBuffer());
  return new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
}
