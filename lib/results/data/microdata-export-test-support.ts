import { eq } from "drizzle-orm";
import { createTranslator } from "use-intl/core";
import { getDb } from "@/db/client";
import { answers, openAnswerReviews, responses, surveys, surveyVersions } from "@/db/schema";
import { parseCsv } from "@/lib/csv/csv";
import { insertPanel, insertSurvey } from "@/lib/panels/data/panel-test-support";
import results from "@/messages/nl/results.json";
import { exportMicrodata, type MicrodataExport, type MicrodataLabels } from "./microdata-export";
import { type ExportTexts, microdataCsvStream, microdataNote } from "./microdata-export-files";

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
/** The ids of the completed responses seeded, so a test can see that none is exported. */
export const completedResponseIds: number[] = [];

async function insertResponse(
  attributes: {
    channel: "public" | "panel" | "staff";
    panel?: number;
    ageGroup?: string;
    sex?: string;
    district?: string;
  },
  given: Record<string, unknown>,
  status: "completed" | "in_progress" = "completed",
): Promise<number> {
  seq += 1;
  const db = getDb();
  const [survey] = await db
    .select({ versionId: surveys.currentVersionId })
    .from(surveys)
    .where(eq(surveys.id, surveyId));
  if (survey?.versionId == null) throw new Error(`survey ${surveyId} has no current version`);
  const [row] = await db
    .insert(responses)
    .values({
      surveyId,
      versionId: survey.versionId,
      channel: attributes.channel,
      panelId: attributes.panel ?? null,
      status,
      completedAt: status === "completed" ? new Date("2026-05-01T10:00:00Z") : null,
      ageGroup: attributes.ageGroup ?? null,
      sex: attributes.sex ?? null,
      district: attributes.district ?? null,
      resumeTokenHash: `md-${seq}`,
      resumeCodeHash: `mc-${seq}`,
      resumeTokenSealed: "x",
      resumeCodeSealed: "x",
    })
    .returning({ id: responses.id });
  if (!row) throw new Error("no response inserted");
  for (const [questionId, value] of Object.entries(given))
    await db.insert(answers).values({ responseId: row.id, questionId, value });
  if (status === "completed") completedResponseIds.push(row.id);
  return row.id;
}

async function review(
  responseId: number,
  questionId: string,
  item: string,
  status: "pending" | "approved",
  redacted: string,
) {
  await getDb()
    .insert(openAnswerReviews)
    .values({ surveyId, responseId, questionId, item, status, redactedText: redacted });
}

const panelMember = { channel: "panel" as const, ageGroup: "35-49", sex: "vrouw", district: "Centrum" };

/** Seeds the survey, its panel and responses every microdata test reads. */
export async function seedMicrodataSurvey() {
  surveyId = await insertSurvey("microdata");
  await getDb().update(surveyVersions).set({ definition }).where(eq(surveyVersions.surveyId, surveyId));
  panelId = await insertPanel("microdata-panel");
  // Five panel members share one cell (≥ k = 5); one man in Oost is alone in his.
  const first = await insertResponse(
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
  await review(first, "woont", "_anders", "approved", "Met mijn buurman [naam]");
  await review(first, "tips", "", "approved", '=HYPERLINK("http://x") bel mij op [telefoonnummer]');
  for (let i = 0; i < 4; i += 1) {
    const id = await insertResponse(
      { ...panelMember, panel: panelId },
      { woont: { choice: "samen" }, tips: "Geheim" },
    );
    await review(id, "tips", "", "pending", "Geheim");
  }
  await insertResponse(
    { channel: "panel", panel: panelId, ageGroup: "65-79", sex: "man", district: "Oost" },
    { doet: { choices: ["_weet_niet"] }, cijfer: 3 },
  );
  await insertResponse({ channel: "public" }, { cijfer: 10 }, "in_progress");
}

/** The export's Dutch texts, from the real catalogue, as the download route gets them. */
export const exportTexts = createTranslator({
  locale: "nl",
  messages: { results },
  namespace: "results.export",
}) as unknown as ExportTexts;

/** The export of a survey (the seeded one unless said), failing the test when there is none. */
export async function exportOf(forPublication: boolean, id = surveyId): Promise<MicrodataExport> {
  const data = await exportMicrodata(id, { format: "csv", forPublication, labels });
  if (!data || "refused" in data) throw new Error("no export");
  return data;
}

/** The CSV file as the download route sends it: header, rows, and the note as the last line. */
export async function csvOf(data: MicrodataExport): Promise<string> {
  const stream = microdataCsvStream(data, microdataNote(data, exportTexts));
  const bytes = new Uint8Array(await new Response(stream).arrayBuffer());
  return new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
}

export async function csvText(forPublication: boolean): Promise<string> {
  return csvOf(await exportOf(forPublication));
}

/** A CSV read back: the header, the rows, and the note (the last line, one cell). */
export function readCsv(text: string): { header: string[]; rows: string[][]; note: string } {
  const parsed = parseCsv(text);
  if (!parsed.ok) throw new Error("the export is not valid CSV");
  const [header, ...rest] = parsed.records.map((r) => r.fields);
  const note = rest.at(-1);
  if (note?.length !== 1) throw new Error("the export has no note");
  return { header, rows: rest.slice(0, -1), note: note[0] };
}

/** How many rows share each full tuple of cells (an empty cell is a value of its own). */
export function tupleCounts(rows: readonly string[][]): number[] {
  const counts = new Map<string, number>();
  for (const row of rows) {
    const key = JSON.stringify(row);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts.values()];
}
