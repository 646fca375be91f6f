import "server-only";
import { and, count, eq, inArray } from "drizzle-orm";
import { getDb } from "@/db/client";
import { answers, responses } from "@/db/schema";
import { CellCoder } from "@/lib/results/coded-table";
import { kAnonymize } from "@/lib/results/k-anonymity";
import type { MicrodataCell } from "./microdata-export-cell";
import type { AnswerColumn } from "./microdata-export-columns";
import { type ColumnPlan, planColumn } from "./microdata-export-disclosure";

/*
 * The microdata file "for publication", in three steps:
 * 1. Open answers and "anders, namelijk" texts are left out. They are free text, unique per
 *    person, so no record holding one could ever share its tuple with k − 1 others.
 * 2. Each closed answer column is controlled on its own (microdata-export-disclosure.ts): numbers
 *    as bands, rare values merged or left empty; then the two row rules of one question.
 * 3. The whole table, attributes and every closed answer column together, is made k-anonymous
 *    (lib/results/k-anonymity.ts): every record's full tuple of published values, a blank
 *    counting as a value of its own, is shared by at least k records. That step needs every row
 *    at once, so the rows are held coded as integers, a column dictionary each.
 */

/** The five attribute columns come first in every row. */
export const ATTRIBUTE_COLUMNS = 5;

export type PublicationTable = {
  /** Indexes (into the answer columns) of the columns the file holds: the closed ones. */
  kept: number[];
  /** Answer columns published as bands, and answer columns with values left empty by step 2. */
  answerColumns: { banded: number; blanked: number };
  /** What step 3 did; per column in the file's order (attributes, then the kept columns). */
  anonymity: { recordsAffected: number; cellsBlanked: number; blankedPerColumn: number[] };
  /** Open-answer columns left out (step 1). */
  openColumnsLeftOut: number;
  /** Row i of the file. */
  row: (index: number) => MicrodataCell[];
};

/**
 * Builds the publication table from the full rows (attributes, then every answer column), given
 * a chunk at a time. Null when there are fewer than k rows (but some): no blanking can make
 * fewer than k records look like k, so the file is refused.
 */
export async function publicationTable(
  surveyId: number,
  columns: AnswerColumn[],
  k: number,
  rowCount: number,
  chunks: AsyncIterable<MicrodataCell[][]>,
): Promise<PublicationTable | null> {
  if (rowCount > 0 && rowCount < k) return null;
  const plans = await planAnswerColumns(surveyId, columns, k);
  const kept = columns.flatMap((column, i) => (column.control.kind === "text" ? [] : [i]));
  const coder = new CellCoder<MicrodataCell>(ATTRIBUTE_COLUMNS + kept.length, null, rowCount);
  for await (const chunk of chunks)
    for (const row of chunk) {
      const controlled = controlRow(row, columns, plans);
      coder.add([
        ...controlled.slice(0, ATTRIBUTE_COLUMNS),
        ...kept.map((i) => controlled[ATTRIBUTE_COLUMNS + i]),
      ]);
    }
  // A ranking's positions are blanked together (they are a permutation: the rest would give a
  // blanked one away); every other column is a group of its own.
  const groupOf = new Map<string, number>();
  const groups = [
    ...Array.from({ length: ATTRIBUTE_COLUMNS }, (_, i) => i),
    ...kept.map((i, position) => {
      const column = columns[i];
      if (!column.together) return ATTRIBUTE_COLUMNS + position;
      const group = groupOf.get(column.questionId) ?? ATTRIBUTE_COLUMNS + position;
      groupOf.set(column.questionId, group);
      return group;
    }),
  ];
  const result = kAnonymize(coder.table(), k, { groups });
  if (!result.ok) return null;
  return {
    kept,
    answerColumns: {
      banded: kept.filter((i) => plans[i].bands).length,
      blanked: kept.filter((i) => plans[i].blanks).length,
    },
    anonymity: {
      recordsAffected: result.recordsAffected,
      cellsBlanked: result.cellsBlanked,
      blankedPerColumn: result.blankedPerColumn,
    },
    openColumnsLeftOut: columns.length - kept.length,
    row: (index) => coder.row(index),
  };
}

/**
 * Counts every closed answer column's values over all completed responses, in one grouped
 * statement (each distinct stored answer once, with how many gave it), and plans each column.
 */
async function planAnswerColumns(
  surveyId: number,
  columns: AnswerColumn[],
  k: number,
): Promise<ColumnPlan[]> {
  const closed = [...new Set(columns.filter((c) => c.control.kind !== "text").map((c) => c.questionId))];
  const grouped = closed.length
    ? await getDb()
        .select({ q: answers.questionId, value: answers.value, n: count() })
        .from(answers)
        .innerJoin(responses, eq(responses.id, answers.responseId))
        .where(
          and(
            eq(responses.surveyId, surveyId),
            eq(responses.status, "completed"),
            inArray(answers.questionId, closed),
          ),
        )
        .groupBy(answers.questionId, answers.value)
    : [];
  const byQuestion = new Map<string, { value: unknown; n: number }[]>();
  for (const row of grouped) {
    const list = byQuestion.get(row.q) ?? [];
    list.push({ value: row.value, n: row.n });
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

/** One row's answer cells after each column's plan, then the two row rules of one question. */
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
