import { type AuditResult, auditSystem } from "./protection-audit";
import type { FigureSystem } from "./protection-system";

/*
 * Secondary suppression over the whole linked system, driven by the audit itself: while the audit
 * finds a figure a reader can narrow to fewer than k values, hide one more printed figure next to
 * it — the nearest hideable shown figure in the relations around it (a figure sharing a relation
 * first, then one relation further through unknowns), the smallest of those, so as little as
 * possible is lost. Several violations are mended per round, but not two next to each other (one
 * hidden figure often mends both). Every round hides at least one figure, so it ends; when a
 * violation has nothing left to hide around it, the publication is refused
 * (UnprotectablePublication), never published half-protected.
 *
 * The rounds use the fast audit (a figure is safe as soon as solutions spanning k values are
 * seen); the verdict that is stored and shown is a final audit with exact ranges.
 */

export class UnprotectablePublication extends Error {
  constructor(readonly keys: string[]) {
    super(`No figure left to hide around: ${keys.slice(0, 5).join(", ")}`);
  }
}

export type ProtectionOutcome = { audit: AuditResult; rounds: number; secondary: number };

export async function protectSystem(system: FigureSystem, k: number): Promise<ProtectionOutcome> {
  const neighbours = relationIndex(system);
  let rounds = 0;
  let secondary = 0;
  for (;;) {
    const audit = await auditSystem(system, k);
    rounds += 1;
    if (audit.violations.length === 0) {
      const exact = await auditSystem(system, k, { exact: true });
      return { audit: exact, rounds, secondary };
    }
    const hiddenNow = new Set<number>();
    const stuck: string[] = [];
    for (const violation of audit.violations) {
      const figure = system.figures[violation.figure];
      if (!figure) continue;
      if (violation.reason === "shown-small") {
        if (!figure.hideable) stuck.push(figure.key);
        else {
          figure.hidden = true;
          hiddenNow.add(violation.figure);
        }
        continue;
      }
      if (touches(neighbours, violation.figure, hiddenNow)) continue;
      const next = nearestHideable(system, neighbours, violation.figure);
      if (next === null) {
        stuck.push(figure.key);
        continue;
      }
      (system.figures[next] as { hidden: boolean }).hidden = true;
      hiddenNow.add(next);
      secondary += 1;
    }
    if (hiddenNow.size === 0) throw new UnprotectablePublication(stuck);
  }
}

/** For each figure, the figures it shares a relation with. */
function relationIndex(system: FigureSystem): number[][] {
  const index: Set<number>[] = system.figures.map(() => new Set<number>());
  for (const relation of system.relations) {
    for (const a of relation.terms)
      for (const b of relation.terms) if (a.figure !== b.figure) index[a.figure]?.add(b.figure);
  }
  return index.map((set) => [...set]);
}

function touches(neighbours: number[][], figure: number, hidden: ReadonlySet<number>): boolean {
  if (hidden.has(figure)) return true;
  return (neighbours[figure] ?? []).some((n) => hidden.has(n));
}

/**
 * Breadth first from the figure through unknown figures; at the first distance where shown,
 * hideable figures are met, the smallest of them (then the first by key, for a stable result).
 */
function nearestHideable(system: FigureSystem, neighbours: number[][], start: number): number | null {
  const seen = new Set<number>([start]);
  let frontier = [start];
  while (frontier.length > 0) {
    const candidates: number[] = [];
    const next: number[] = [];
    for (const id of frontier) {
      for (const n of neighbours[id] ?? []) {
        if (seen.has(n)) continue;
        seen.add(n);
        const figure = system.figures[n];
        if (!figure) continue;
        if (system.isUnknown(n)) next.push(n);
        else if (figure.hideable) candidates.push(n);
      }
    }
    if (candidates.length > 0) {
      candidates.sort((a, b) => {
        const fa = system.figures[a] as { value: number; key: string };
        const fb = system.figures[b] as { value: number; key: string };
        return fa.value - fb.value || fa.key.localeCompare(fb.key);
      });
      return candidates[0] as number;
    }
    frontier = next;
  }
  return null;
}
