import { suppressGroups, suppressTable } from "./disclosure";
import { reasonOf } from "./publication-cells";
import type { OverallDecision } from "./publication-overall";
import { contentLines, publishQuestion } from "./publication-question";
import type {
  PublicDimension,
  PublishedBreakdown,
  PublishedQuestion,
  Suppression,
} from "./publication-types";
import type { BreakdownGroup, QuestionResult } from "./types";

/*
 * One public breakdown (one dimension, never combined with another), with disclosure control across
 * its groups: every line of a question becomes a table (rows: its cells, columns: the groups) whose
 * row totals are the overall figures — shown where shown overall, else kept unrecoverable — and
 * whose column totals are the groups' own bases; lib/results/disclosure.ts hides small cells and
 * their complements in both directions, and groups smaller than k (with a complement) entirely.
 *
 * A group in which a conditional question is withheld (its base would reveal a small count) is not
 * shown for that question, but its figures are still part of the overall ones: those groups are
 * summed into one extra column that is never shown yet protected as if it were, so overall − the
 * shown groups cannot reveal a small count of theirs.
 */

export function publishBreakdown(
  dimension: PublicDimension,
  label: string,
  groups: readonly BreakdownGroup[],
  overall: readonly OverallDecision[],
  k: number,
): PublishedBreakdown {
  const sizes = groups.map((g) => g.respondents);
  const hiddenGroups = suppressGroups(sizes, k, true);
  const perGroup: PublishedQuestion[][] = groups.map(() => []);
  for (const decision of overall) {
    const published = publishAcrossGroups(decision, groups, hiddenGroups, k);
    published.forEach((question, g) => {
      if (question) perGroup[g]?.push(question);
    });
  }
  return {
    dimension,
    label,
    groups: groups.map((g, i) => {
      const withheld = hiddenGroups[i] === true;
      return {
        value: g.value,
        label: g.label,
        respondents: withheld ? null : g.respondents,
        withheld,
        questions: withheld ? [] : (perGroup[i] ?? []),
      };
    }),
  };
}

/** The question in every group (null for a group with no breakdown at all). */
function publishAcrossGroups(
  decision: OverallDecision,
  groups: readonly BreakdownGroup[],
  hiddenGroups: readonly boolean[],
  k: number,
): (PublishedQuestion | null)[] {
  const id = decision.question.questionId;
  const results = groups.map((g) => g.questions.find((q) => q.questionId === id) ?? null);
  const sizes = groups.map((g) => g.respondents);
  const withheld = groups.map((_, g) => decision.withheld || results[g] === null);

  if (decision.conditional && !decision.withheld) {
    const answered = results.map((q) => q?.base.answered ?? 0);
    const base = suppressTable([answered, answered.map((a, g) => (sizes[g] ?? 0) - a)], k, {
      rowTotals: (decision.baseMask ?? []).map((r) => r === false),
      columnTotals: true,
      columnSizes: sizes,
    });
    base.suppressed[0]?.forEach((hidden, g) => {
      if (hidden && !hiddenGroups[g]) withheld[g] = true;
    });
  }

  // Columns: every group shown for this question or hidden as a group (the table hides those by
  // their size), then the groups withheld for this question summed into one never-shown column.
  const columns = groups.map((_, g) => g).filter((g) => hiddenGroups[g] || !withheld[g]);
  const merged = groups.map((_, g) => g).filter((g) => withheld[g] && !hiddenGroups[g]);
  const lineMasks = groups.map(() => new Map<string, Suppression[]>());
  const linesOf = results.map((q) => (q ? contentLines(q, "group", decision.bands) : []));
  for (const overallLine of contentLines(decision.question, "group", decision.bands)) {
    const lineOf = (g: number) => linesOf[g]?.find((line) => line.key === overallLine.key)?.counts ?? [];
    const cell = (g: number, i: number) => lineOf(g)[i] ?? 0;
    const rows = overallLine.counts.map((_, i) => {
      const row = columns.map((g) => cell(g, i));
      if (merged.length > 0) row.push(merged.reduce((sum, g) => sum + cell(g, i), 0));
      return row;
    });
    const pseudoSize = Math.max(
      k,
      merged.reduce((sum, g) => sum + (sizes[g] ?? 0), 0),
    );
    const overallMask = decision.lineMasks.get(overallLine.key) ?? [];
    const table = suppressTable(rows, k, {
      rowTotals: overallLine.counts.map((_, i) => overallMask[i] === false),
      columnTotals: true,
      columnSizes: [...columns.map((g) => sizes[g] ?? 0), ...(merged.length > 0 ? [pseudoSize] : [])],
    });
    columns.forEach((g, column) => {
      lineMasks[g]?.set(
        overallLine.key,
        rows.map((_, i) =>
          reasonOf(table.suppressed[i]?.[column] ?? true, table.primary[i]?.[column] ?? false),
        ),
      );
    });
  }

  const meanHidden = meansHidden(results, withheld, hiddenGroups, k);
  return groups.map((_, g) => {
    const q = results[g];
    if (hiddenGroups[g] || !q) return null;
    return publishQuestion(q, lineMasks[g] ?? new Map(), {
      level: "group",
      withheld: withheld[g] === true,
      meanHidden: meanHidden[g] === true,
      bands: [],
    });
  });
}

/**
 * Means (of a number, a rating, a ranking's positions) per group: hidden where fewer than k
 * answered, and for one more group when exactly one would be hidden — the overall mean and the
 * other groups' would give it away. Groups already hidden count as such.
 */
function meansHidden(
  results: readonly (QuestionResult | null)[],
  withheld: readonly boolean[],
  hiddenGroups: readonly boolean[],
  k: number,
): boolean[] {
  const alreadyHidden = results.map(
    (q, g) => (hiddenGroups[g] || withheld[g]) && (q?.base.answered ?? 0) > 0,
  );
  const visible = results.map((_, g) => g).filter((g) => !hiddenGroups[g] && !withheld[g]);
  const hidden = suppressGroups(
    visible.map((g) => results[g]?.base.answered ?? 0),
    k,
    !alreadyHidden.some(Boolean),
  );
  const out = results.map((_, g) => hiddenGroups[g] === true || withheld[g] === true);
  visible.forEach((g, i) => {
    if (hidden[i]) out[g] = true;
  });
  return out;
}
