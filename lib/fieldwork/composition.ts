/*
 * Respondents' composition against the panel's and the population's, per dimension (district,
 * age group, sex). Pure: the counts come from SQL aggregates (lib/fieldwork/data/response-monitoring.ts).
 * Shares are of each column's own total, "unknown" included, so a column's shares add up to 1.
 */

export type CompositionDimension = "district" | "ageGroup" | "sex";

export type CompositionRow = {
  /** Null: not known (no district for the postcode, or a response without attributes). */
  category: string | null;
  respondents: number;
  respondentsShare: number | null;
  panel: number;
  panelShare: number | null;
  /** Null when no population figure was entered for the category. */
  population: number | null;
  populationShare: number | null;
};

export type CompositionTable = {
  dimension: CompositionDimension;
  rows: CompositionRow[];
  totals: { respondents: number; panel: number; population: number };
};

type Counts = readonly { category: string | null; n: number }[];

export function composition(
  dimension: CompositionDimension,
  respondents: Counts,
  panel: Counts,
  population: Readonly<Record<string, number>>,
  order: readonly string[] | null,
): CompositionTable {
  const sum = (counts: Counts) => counts.reduce((total, c) => total + c.n, 0);
  const totals = {
    respondents: sum(respondents),
    panel: sum(panel),
    population: Object.values(population).reduce((a, b) => a + b, 0),
  };
  const categories = new Set<string | null>([
    ...(order ?? []),
    ...respondents.map((c) => c.category),
    ...panel.map((c) => c.category),
    ...Object.keys(population),
  ]);
  const rank = (category: string | null) => {
    if (category === null) return Number.POSITIVE_INFINITY;
    const i = order?.indexOf(category) ?? -1;
    return i >= 0 ? i : (order?.length ?? 0);
  };
  const sorted = [...categories].sort((a, b) => rank(a) - rank(b) || (a ?? "").localeCompare(b ?? "", "nl"));
  const countOf = (counts: Counts, category: string | null) =>
    counts.filter((c) => c.category === category).reduce((total, c) => total + c.n, 0);
  const share = (n: number, total: number) => (total > 0 ? n / total : null);
  const rows = sorted
    .map((category) => {
      const r = countOf(respondents, category);
      const p = countOf(panel, category);
      const pop = category === null ? null : (population[category] ?? null);
      return {
        category,
        respondents: r,
        respondentsShare: share(r, totals.respondents),
        panel: p,
        panelShare: share(p, totals.panel),
        population: pop,
        populationShare: pop === null ? null : share(pop, totals.population),
      };
    })
    // A category nobody is in, in any column, says nothing.
    .filter((row) => row.respondents > 0 || row.panel > 0 || (row.population ?? 0) > 0);
  return { dimension, rows, totals };
}
