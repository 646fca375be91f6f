import "server-only";
import { randomInt } from "node:crypto";
import { z } from "zod";
import { getDb } from "@/db/client";
import { requirePermission } from "@/lib/auth/session";
import { MIN_CELL_SIZE } from "@/lib/results/settings-schema";
import type { SurveyDefinition } from "@/lib/survey/schema";
import { recordAudit } from "./audit";
import {
  type AnswerColumn,
  answerColumns,
  type MicrodataAnswerLabels,
  type MicrodataCell,
} from "./microdata-export-columns";
import { type ColumnPlan, planColumn } from "./microdata-export-disclosure";

/*
 * Anonymized microdata for analysis elsewhere (results:export): one row per completed response,
 * in random order, without the response id or any timestamp, with only the coarse respondent
 * attributes (channel, panel, age group, sex, district) and the answers; open answers only as
 * their approved, redacted text. Every export is audited.
 *
 * "For publication" adds disclosure control, two rules side by side:
 * 1. Attributes: a combination of the five attributes held by fewer than k respondents has all
 *    five blanked in those rows.
 * 2. Answers, column by column (microdata-export-disclosure.ts): numbers only as bands that each
 *    hold at least k respondents, rare rating values merged with their neighbours, and a category
 *    value held by fewer than k left empty (with a second value when needed, so an empty cell
 *    never stands for one value or fewer than k people); a ranking is left empty as a whole, and
 *    an "anders, namelijk" text with its "Anders" cell.
 * The rules do not look at combinations across answer columns, or of answers with attributes;
 * the note in the file says what was done.
 *
 * Rows are produced in chunks (the answers of a few hundred responses at a time), so a survey
 * with 100,000 responses is never held in memory as one list of answers.
 */

export const MICRODATA_FORMATS = ["csv", "xlsx"] as const;
export type MicrodataFormat = (typeof MICRODATA_FORMATS)[number];

/** The export form's fields (a plain POST): the format, and "1" when the file is for publication. */
export const microdataExportRequestSchema = z.object({
  format: z.enum(MICRODATA_FORMATS, "results.export.errors.format"),
  forPublication: z
    .union([z.literal("1"), z.literal("")])
    .optional()
    .transform((value) => value === "1"),
});

export type MicrodataLabels = MicrodataAnswerLabels & {
  /** Headers of the five attribute columns. */
  attributes: { channel: string; panel: string; ageGroup: string; sex: string; district: string };
  /** Stored value → label ("public" → "Open link", "vrouw" → "Vrouw"). */
  channels: Record<string, string>;
  sexes: Record<string, string>;
};

export type MicrodataExport = {
  survey: { id: number; slug: string; title: string };
  header: string[];
  rowCount: number;
  forPublication: boolean;
  /** The disclosure threshold applied (for publication) or in force (otherwise). */
  k: number;
  /** Rows whose attributes were blanked (for publication only). */
  blanked: number;
  /** Answer columns published as bands, and answer columns with values left empty (for publication). */
  answerColumns: { banded: number; blanked: number };
  /** The rows, a chunk at a time. */
  chunks: () => Generator<MicrodataCell[][]>;
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

const cellKey = (r: Respondent) =>
  JSON.stringify([r.channel, r.panelId ?? 0, r.ageGroup ?? "", r.sex ?? "", r.district ?? ""]);

/** Returns null when the survey does not exist. */
export async function exportMicrodata(
  surveyId: number,
  options: { format: MicrodataFormat; forPublication: boolean; labels: MicrodataLabels },
): Promise<MicrodataExport | null> {
  const user = await requirePermission("results:export");
  const sqlite = getDb().$client;
  const survey = sqlite
    .prepare(
      `SELECT s.id, s.slug, s.title, v.definition, rs.min_cell_size AS k
       FROM surveys s
       LEFT JOIN survey_versions v ON v.id = s.current_version_id AND v.survey_id = s.id
       LEFT JOIN result_settings rs ON rs.survey_id = s.id
       WHERE s.id = ?`,
    )
    .get(surveyId) as
    | { id: number; slug: string; title: string; definition: string | null; k: number | null }
    | undefined;
  if (!survey) return null;
  const definition = (survey.definition ? JSON.parse(survey.definition) : { pages: [] }) as SurveyDefinition;
  const k = Math.max(MIN_CELL_SIZE.min, survey.k ?? MIN_CELL_SIZE.default);

  const respondents = shuffle(
    sqlite
      .prepare(
        `SELECT r.id, r.channel, r.panel_id AS panelId, p.name AS panelName, r.age_group AS ageGroup,
                r.sex, r.district
         FROM responses r LEFT JOIN panels p ON p.id = r.panel_id
         WHERE r.survey_id = ? AND r.status = 'completed'`,
      )
      .all(surveyId) as Respondent[],
  );

  const small = new Set<string>();
  if (options.forPublication) {
    const counts = new Map<string, number>();
    for (const r of respondents) counts.set(cellKey(r), (counts.get(cellKey(r)) ?? 0) + 1);
    for (const [key, count] of counts) if (count < k) small.add(key);
  }
  const blanked = options.forPublication ? respondents.filter((r) => small.has(cellKey(r))).length : 0;

  const { labels } = options;
  const columns = answerColumns(definition, labels);
  const plans = options.forPublication ? planAnswerColumns(surveyId, columns, k) : null;
  const answerSummary = {
    banded: plans?.filter((p) => p.bands).length ?? 0,
    blanked: plans?.filter((p) => p.blanks).length ?? 0,
  };
  const header = [
    labels.attributes.channel,
    labels.attributes.panel,
    labels.attributes.ageGroup,
    labels.attributes.sex,
    labels.attributes.district,
    ...columns.map((c) => c.header),
  ];

  recordAudit({
    actorId: user.id,
    action: "results.microdata_exported",
    subjectType: "survey",
    subjectId: surveyId,
    details: {
      format: options.format,
      rows: respondents.length,
      forPublication: options.forPublication,
      ...(options.forPublication
        ? { k, blanked, bandedColumns: answerSummary.banded, blankedColumns: answerSummary.blanked }
        : {}),
    },
  });

  const attributes = (r: Respondent): MicrodataCell[] =>
    small.has(cellKey(r))
      ? [null, null, null, null, null]
      : [
          labels.channels[r.channel] ?? r.channel,
          r.panelName,
          r.ageGroup,
          r.sex ? (labels.sexes[r.sex] ?? r.sex) : null,
          r.district,
        ];

  return {
    survey: { id: survey.id, slug: survey.slug, title: survey.title },
    header,
    rowCount: respondents.length,
    forPublication: options.forPublication,
    k,
    blanked,
    answerColumns: answerSummary,
    chunks: function* () {
      for (let start = 0; start < respondents.length; start += CHUNK) {
        const chunk = respondents.slice(start, start + CHUNK);
        const rows = rowsFor(surveyId, chunk, columns, attributes);
        yield plans ? rows.map((row) => controlRow(row, columns, plans)) : rows;
      }
    },
  };
}

/**
 * Counts every answer column's values over all completed responses, in one grouped statement
 * (each distinct stored answer once, with how many gave it), and plans each column from them.
 */
function planAnswerColumns(surveyId: number, columns: AnswerColumn[], k: number): ColumnPlan[] {
  // Open answers are left out: their columns hold approved texts only, and their values are many.
  const closed = [...new Set(columns.filter((c) => c.control.kind !== "text").map((c) => c.questionId))];
  const grouped = closed.length
    ? (getDb()
        .$client.prepare(
          `SELECT a.question_id AS q, a.value, count(*) AS n
           FROM answers a JOIN responses r ON r.id = a.response_id
           WHERE r.survey_id = ? AND r.status = 'completed' AND a.question_id IN (${closed.map(() => "?").join(",")})
           GROUP BY a.question_id, a.value`,
        )
        .all(surveyId, ...closed) as { q: string; value: string; n: number }[])
    : [];
  const byQuestion = new Map<string, { value: unknown; n: number }[]>();
  for (const row of grouped) {
    const list = byQuestion.get(row.q) ?? [];
    list.push({ value: JSON.parse(row.value), n: row.n });
    byQuestion.set(row.q, list);
  }
  const none = new Map<string, string>();
  return columns.map((column) => {
    const counts = new Map<string | number, number>();
    if (column.control.kind !== "text")
      for (const { value, n } of byQuestion.get(column.questionId) ?? []) {
        const cell = column.cell({ [column.questionId]: value }, none);
        if (cell !== null) counts.set(cell, (counts.get(cell) ?? 0) + n);
      }
    return planColumn(column.control, counts, k);
  });
}

/** One row's answer cells as published: each column's plan, then the two row rules. */
function controlRow(row: MicrodataCell[], columns: AnswerColumn[], plans: ColumnPlan[]): MicrodataCell[] {
  const offset = row.length - columns.length;
  const published = columns.map((_, i) => plans[i].publish(row[offset + i]));
  const emptied = (i: number) => row[offset + i] !== null && published[i] === null;
  const emptiedQuestions = new Set(
    columns.filter((c, i) => c.together && emptied(i)).map((c) => c.questionId),
  );
  columns.forEach((column, i) => {
    if (column.together && emptiedQuestions.has(column.questionId)) published[i] = null;
    if (column.follows !== undefined && emptied(column.follows)) published[i] = null;
  });
  return [...row.slice(0, offset), ...published];
}

function rowsFor(
  surveyId: number,
  chunk: Respondent[],
  columns: AnswerColumn[],
  attributes: (r: Respondent) => MicrodataCell[],
): MicrodataCell[][] {
  const sqlite = getDb().$client;
  const ids = chunk.map((r) => r.id);
  const placeholders = ids.map(() => "?").join(",");
  const answers = new Map<number, Record<string, unknown>>(ids.map((id) => [id, {}]));
  const answerRows = sqlite
    .prepare(
      `SELECT response_id AS id, question_id AS q, value FROM answers WHERE response_id IN (${placeholders})`,
    )
    .all(...ids) as { id: number; q: string; value: string }[];
  for (const row of answerRows) {
    const target = answers.get(row.id);
    if (target) target[row.q] = JSON.parse(row.value);
  }
  const approved = new Map<number, Map<string, string>>(ids.map((id) => [id, new Map()]));
  const reviewRows = sqlite
    .prepare(
      `SELECT response_id AS id, question_id AS q, item, redacted_text AS text FROM open_answer_reviews
       WHERE survey_id = ? AND status = 'approved' AND response_id IN (${placeholders})`,
    )
    .all(surveyId, ...ids) as { id: number; q: string; item: string; text: string }[];
  for (const row of reviewRows) approved.get(row.id)?.set(`${row.q}|${row.item}`, row.text);
  return chunk.map((r) => {
    const own = answers.get(r.id) ?? {};
    const texts = approved.get(r.id) ?? new Map();
    return [...attributes(r), ...columns.map((c) => c.cell(own, texts))];
  });
}
