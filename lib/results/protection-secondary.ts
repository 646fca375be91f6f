import { type AuditResult, auditSystem } from "./protection-audit";
import type { FigureSystem } from "./protection-system";

/*
 * Secondary suppression over the whole linked system, driven by the audit itself: while the audit
 * finds a figure a reader can narrow to fewer than k values, hide one more printed figure next to
 * it — one of the nearest hideable shown figures in the relations around it (a figure sharing a
 * relation first, then one relation further through unknowns). Per round the violations are
 * covered greedily: the candidate next to the most of them first, then the smallest, so one hidden
 * figure mends what it can and as little as possible is lost. Every round hides at least one
 * figure, so it ends; when a violation has nothing left to hide around it, the publication is
 * refused (UnprotectablePublication), never published half-protected.
 *
 * The rounds use the fast audit (a figure is safe as soon as solutions spanning k values are
 * seen), and after the first only on the figures that failed and those just hidden; the verdict
 * that is stored and shown is a final fast audit of every figure.
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
  // Hiding a figure turns a known value into an unknown: every other figure's range can only
  // widen. So after the first round only the figures that failed and those just hidden need a
  // look again.
  let only: Set<number> | undefined;
  for (;;) {
    const audit = await auditSystem(system, k, only ? { only } : {});
    rounds += 1;
    if (audit.violations.length === 0) {
      // The verdict: every figure of the system checked again, as it will be published.
      return { audit: only ? await auditSystem(system, k) : audit, rounds, secondary };
    }
    const hiddenNow = new Set<number>();
    const stuck: string[] = [];
    const open: { figure: number; candidates: number[] }[] = [];
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
      const candidates = nearestHideable(system, neighbours, violation.figure);
      if (candidates.length === 0) stuck.push(figure.key);
      else open.push({ figure: violation.figure, candidates });
    }
    // Greedy cover: a cell before a base (a hidden base takes its percentages with it), then the
    // figure that sits next to the most open violations, then the smallest — so one hidden figure
    // mends what it can and no two are hidden for one cause.
    while (open.length > 0) {
      const reach = new Map<number, number>();
      for (const v of open) for (const c of v.candidates) reach.set(c, (reach.get(c) ?? 0) + 1);
      const best = [...reach.entries()].sort((a, b) => {
        const fa = system.figures[a[0]] as { value: number; key: string; base: boolean };
        const fb = system.figures[b[0]] as { value: number; key: string; base: boolean };
        return (
          Number(fa.base) - Number(fb.base) ||
          b[1] - a[1] ||
          fa.value - fb.value ||
          fa.key.localeCompare(fb.key)
        );
      })[0]?.[0] as number;
      (system.figures[best] as { hidden: boolean }).hidden = true;
      hiddenNow.add(best);
      secondary += 1;
      for (let i = open.length - 1; i >= 0; i -= 1) {
        const v = open[i] as (typeof open)[number];
        if (v.candidates.includes(best) || touches(neighbours, v.figure, hiddenNow)) open.splice(i, 1);
      }
    }
    if (hiddenNow.size === 0) throw new UnprotectablePublication(stuck);
    only = new Set([...audit.violations.map((v) => v.figure), ...hiddenNow]);
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

/** Breadth first from the figure through unknown figures: the shown, hideable figures met first. */
function nearestHideable(system: FigureSystem, neighbours: number[][], start: number): number[] {
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
    if (candidates.length > 0) return candidates;
    frontier = next;
  }
  return [];
}
