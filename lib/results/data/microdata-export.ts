import "server-only";
import { randomInt } from "node:crypto";
import { and, eq, inArray } from "drizzle-orm";
import { getDb } from "@/db/client";
import {
  answers,
  openAnswerReviews,
  panels,
  responses,
  resultSettings,
  surveys,
  surveyVersions,
} from "@/db/schema";
import { requirePermission } from "@/lib/accounts/data/session";
import { recordAudit } from "@/lib/audit/data/audit";
import { effectiveMinCellSize } from "@/lib/results/disclosure-rules";
import type { MicrodataFormat } from "@/lib/results/export-schema";
import { isCurrentVersion } from "@/lib/surveys/data/current-version";
import type { SurveyDefinition } from "@/lib/surveys/definition/schema";
import type { MicrodataCell } from "./microdata-export-cell";
import { type AnswerColumn, answerColumns, type MicrodataAnswerLabels } from "./microdata-export-columns";
import { publicationTable } from "./microdata-export-publication";

/*
 * Microdata for analysis elsewhere (results:export): one row per completed response, in random
 * order, without the response id or any timestamp, with only the coarse respondent attributes
 * (channel, panel, age group, sex, district) and the answers. Every export is audited. Two files,
 * named and labelled so nobody mistakes one for the other:
 *
 * - "For publication" (microdata-export-publication.ts): k-anonymous over ALL its columns. Open
 *   answers are left out; closed answers get the per-column control (bands, rare values empty);
 *   then cells are blanked until every record's full tuple is shared by at least k records.
 *   Fewer than k completed responses (but some) cannot be protected that way: that file is
 *   refused.
 * - The internal research file: every answer as given, open answers only as their approved,
 *   redacted text. Staff with results:export only; the file says it is not for publication.
 *
 * The internal file is produced in chunks (the answers of a few hundred responses at a time), so
 * a survey with 100,000 responses is never held in memory as one list of answers; the
 * publication file holds every row, coded as integers, because k-anonymity compares all rows.
 */

export type MicrodataLabels = MicrodataAnswerLabels & {
  /** Headers of the five attribute columns. */
  attributes: { channel: string; panel: string; ageGroup: string; sex: string; district: string };
  /** Stored value → label ("public" → "Open link", "vrouw" → "Vrouw"). */
  channels: Record<string, string>;
  sexes: Record<string, string>;
};

/** What the file "for publication" had done to it (null for the internal research file). */
export type MicrodataProtection = {
  /** Answer columns published as bands, and answer columns with rare values left empty. */
  answerColumns: { banded: number; blanked: number };
  /** k-anonymity: respondents with a cell left empty, the cells, and per column (by header). */
  recordsAffected: number;
  cellsBlanked: number;
  blankedColumns: { header: string; cells: number }[];
  /** Open-answer and "anders, namelijk" columns left out. */
  openColumnsLeftOut: number;
};

export type MicrodataExport = {
  survey: { id: number; slug: string; title: string };
  header: string[];
  rowCount: number;
  forPublication: boolean;
  /** The disclosure threshold applied (for publication) or in force (otherwise). */
  k: number;
  protection: MicrodataProtection | null;
  /** The rows, a chunk at a time. */
  chunks: () => AsyncGenerator<MicrodataCell[][]>;
};

/** The file for publication is refused: fewer than k completed responses, but some. */
export type MicrodataRefusal = {
  refused: "fewer-than-k";
  survey: { id: number; slug: string; title: string };
  rowCount: number;
  k: number;
};

const CHUNK = 500;

type Respondent = {
  id: number;
  channel: string;
  panelId: number | null;
  panelName: string | null;
  ageGroup: string | null;
  sex: string | null;
  district: string | null;
};

/** Fisher–Yates with a cryptographic source: the order says nothing about when anyone answered. */
function shuffle<T>(items: T[]): T[] {
  for (let i = items.length - 1; i > 0; i -= 1) {
    const j = randomInt(i + 1);
    [items[i], items[j]] = [items[j], items[i]];
  }
  return items;
}

/** Returns null when the survey does not exist; a refusal when it cannot be published safely. */
export async function exportMicrodata(
  surveyId: number,
  options: { format: MicrodataFormat; forPublication: boolean; labels: MicrodataLabels },
): Promise<MicrodataExport | MicrodataRefusal | null> {
  const user = await requirePermission("results:export");
  const db = getDb();
  const [survey] = await db
    .select({
      id: surveys.id,
      slug: surveys.slug,
      title: surveys.title,
      definition: surveyVersions.definition,
      k: resultSettings.minCellSize,
    })
    .from(surveys)
    .leftJoin(surveyVersions, isCurrentVersion)
    .leftJoin(resultSettings, eq(resultSettings.surveyId, surveys.id))
    .where(eq(surveys.id, surveyId));
  if (!survey) return null;
  const definition = (survey.definition ?? { pages: [] }) as SurveyDefinition;
  const k = effectiveMinCellSize(survey.k);
  const about = { id: survey.id, slug: survey.slug, title: survey.title };

  const respondents: Respondent[] = shuffle(
    await db
      .select({
        id: responses.id,
        channel: responses.channel,
        panelId: responses.panelId,
        panelName: panels.name,
        ageGroup: responses.ageGroup,
        sex: responses.sex,
        district: responses.district,
      })
      .from(responses)
      .leftJoin(panels, eq(panels.id, responses.panelId))
      .where(and(eq(responses.surveyId, surveyId), eq(responses.status, "completed"))),
  );

  const { labels } = options;
  const columns = answerColumns(definition, labels);
  const attributes = (r: Respondent): MicrodataCell[] => [
    labels.channels[r.channel] ?? r.channel,
    r.panelName,
    r.ageGroup,
    r.sex ? (labels.sexes[r.sex] ?? r.sex) : null,
    r.district,
  ];
  const fullChunks = async function* () {
    for (let start = 0; start < respondents.length; start += CHUNK)
      yield await rowsFor(surveyId, respondents.slice(start, start + CHUNK), columns, attributes);
  };
  const attributeHeaders = [
    labels.attributes.channel,
    labels.attributes.panel,
    labels.attributes.ageGroup,
    labels.attributes.sex,
    labels.attributes.district,
  ];

  if (!options.forPublication) {
    await audit(user.id, surveyId, {
      format: options.format,
      rows: respondents.length,
      forPublication: false,
    });
    return {
      survey: about,
      header: [...attributeHeaders, ...columns.map((c) => c.header)],
      rowCount: respondents.length,
      forPublication: false,
      k,
      protection: null,
      chunks: fullChunks,
    };
  }

  const table = await publicationTable(surveyId, columns, k, respondents.length, await fullChunks());
  if (!table) return { refused: "fewer-than-k", survey: about, rowCount: respondents.length, k };
  const header = [...attributeHeaders, ...table.kept.map((i) => columns[i].header)];
  const protection: MicrodataProtection = {
    answerColumns: table.answerColumns,
    recordsAffected: table.anonymity.recordsAffected,
    cellsBlanked: table.anonymity.cellsBlanked,
    blankedColumns: header.flatMap((name, i) => {
      const cells = table.anonymity.blankedPerColumn[i] ?? 0;
      return cells > 0 ? [{ header: name, cells }] : [];
    }),
    openColumnsLeftOut: table.openColumnsLeftOut,
  };
  await audit(user.id, surveyId, {
    format: options.format,
    rows: respondents.length,
    forPublication: true,
    k,
    bandedColumns: protection.answerColumns.banded,
    blankedColumns: protection.answerColumns.blanked,
    recordsAffected: protection.recordsAffected,
    cellsBlanked: protection.cellsBlanked,
    columnsAffected: protection.blankedColumns.length,
    openColumnsLeftOut: protection.openColumnsLeftOut,
  });
  return {
    survey: about,
    header,
    rowCount: respondents.length,
    forPublication: true,
    k,
    protection,
    chunks: async function* () {
      for (let start = 0; start < respondents.length; start += CHUNK) {
        const end = Math.min(respondents.length, start + CHUNK);
        const rows: MicrodataCell[][] = [];
        for (let i = start; i < end; i += 1) rows.push(table.row(i));
        yield rows;
      }
    },
  };
}

async function audit(actorId: number, surveyId: number, details: Record<string, unknown>): Promise<void> {
  await recordAudit({
    actorId,
    action: "results.microdata_exported",
    subjectType: "survey",
    subjectId: surveyId,
    details,
  });
}

async function rowsFor(
  surveyId: number,
  chunk: Respondent[],
  columns: AnswerColumn[],
  attributes: (r: Respondent) => MicrodataCell[],
): Promise<MicrodataCell[][]> {
  const db = getDb();
  const ids = chunk.map((r) => r.id);
  const given = new Map<number, Record<string, unknown>>(ids.map((id) => [id, {}]));
  const answerRows = await db
    .select({ id: answers.responseId, q: answers.questionId, value: answers.value })
    .from(answers)
    .where(inArray(answers.responseId, ids));
  for (const row of answerRows) {
    const target = given.get(row.id);
    if (target) target[row.q] = row.value;
  }
  const approved = new Map<number, Map<string, string>>(ids.map((id) => [id, new Map()]));
  const o = openAnswerReviews;
  const reviewRows = await db
    .select({ id: o.responseId, q: o.questionId, item: o.item, text: o.redactedText })
    .from(o)
    .where(and(eq(o.surveyId, surveyId), eq(o.status, "approved"), inArray(o.responseId, ids)));
  for (const row of reviewRows) approved.get(row.id)?.set(`${row.q}|${row.item}`, row.text);
  return chunk.map((r) => {
    const own = given.get(r.id) ?? {};
    const texts = approved.get(r.id) ?? new Map();
    return [...attributes(r), ...columns.map((c) => c.cell(own, texts))];
  });
}
