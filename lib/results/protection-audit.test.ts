import { describe, expect, it } from "vitest";
import { auditSystem } from "./protection-audit";
import { protectSystem } from "./protection-secondary";
import { FigureSystem } from "./protection-system";

/*
 * Hand-built linked tables, each with one way a reader recovers a hidden count: subtraction in a
 * line, totals across two directions, a rounded percentage, a rounded mean, printed zeros beside
 * "< k" marks, and an unknown group that is another group's complement. The audit must catch
 * each; secondary suppression must then mend it, after which no hidden figure keeps fewer than k
 * possible values (exact ranges).
 */

const K = 5;

/** Cells of one line with its total, all printed; returns the ids. */
function line(system: FigureSystem, name: string, counts: number[]) {
  const cells = counts.map((count, i) => system.figure(`${name}:${i}`, count, "printed"));
  const total = system.figure(
    `${name}:total`,
    counts.reduce((s, c) => s + c, 0),
    "printed",
    { hideable: false },
  );
  system.sum(total, cells);
  return { cells, total };
}

function hide(system: FigureSystem, ids: number[]) {
  for (const id of ids) (system.figures[id] as { hidden: boolean }).hidden = true;
}

async function caughtThenMended(system: FigureSystem, leaking: string) {
  const before = await auditSystem(system, K, { exact: true });
  expect(before.violations.map((v) => v.key)).toContain(leaking);
  const outcome = await protectSystem(system, K);
  expect(outcome.audit.violations).toEqual([]);
  const exact = await auditSystem(system, K, { exact: true });
  for (const [id, range] of exact.ranges) {
    const figure = system.figures[id];
    if (figure?.kind === "printed") expect(range.max - range.min + 1).toBeGreaterThanOrEqual(K);
  }
  return { ...outcome, exact };
}

describe("the disclosure audit (integer program over linked tables)", () => {
  it("catches a hidden cell that subtraction from its total gives away", async () => {
    const system = new FigureSystem();
    const { cells } = line(system, "q1", [12, 6, 2]);
    hide(system, [cells[2] as number]);
    const audit = await auditSystem(system, K, { exact: true });
    expect(audit.violations).toEqual([
      { figure: cells[2], key: "q1:2", reason: "narrowed", range: { min: 2, max: 2 } },
    ]);
    const outcome = await caughtThenMended(system, "q1:2");
    expect(outcome.secondary).toBe(1);
    // The smallest other cell (6) is hidden beside it: 2 + 6 = 8 leaves the small one 0..8.
    expect(system.get("q1:1")?.hidden).toBe(true);
    expect(outcome.exact.ranges.get(cells[2] as number)).toEqual({ min: 0, max: 8 });
  });

  it("catches cells pinned only by combining row and column totals", async () => {
    // a b | 12      a hidden (2), b and c hidden: row 1 gives a + b, column 1 gives a + c,
    // c d | 20      row 2 gives c from d — then a follows, then b.
    // 10 22
    const system = new FigureSystem();
    const a = system.figure("a", 2, "printed");
    const b = system.figure("b", 10, "printed");
    const c = system.figure("c", 8, "printed");
    const d = system.figure("d", 12, "printed");
    const total = (key: string, value: number, parts: number[]) =>
      system.sum(system.figure(key, value, "printed", { hideable: false }), parts);
    total("row1", 12, [a, b]);
    total("row2", 20, [c, d]);
    total("col1", 10, [a, c]);
    total("col2", 22, [b, d]);
    hide(system, [a, b, c]);
    await caughtThenMended(system, "a");
    expect(system.get("d")?.hidden).toBe(true);
  });

  it("catches a hidden count that a rounded percentage of a printed base gives away", async () => {
    const system = new FigureSystem();
    const { cells, total } = line(system, "q", [3, 17, 20]);
    hide(system, [cells[0] as number, cells[1] as number]);
    // Printed beside the hidden counts: 3 of 40 = 7.5 %.
    system.share(cells[0] as number, total, 7.5);
    const audit = await auditSystem(system, K, { exact: true });
    expect(audit.ranges.get(cells[0] as number)).toEqual({ min: 3, max: 3 });
    expect(audit.violations.map((v) => v.key)).toEqual(expect.arrayContaining(["q:0", "q:1"]));
  });

  it("catches counts that a rounded mean gives away", async () => {
    // How many gave 1 and how many gave 9 are hidden; their sum (10) and the mean (8.2) are printed.
    const system = new FigureSystem();
    const ones = system.figure("score:1", 1, "printed");
    const nines = system.figure("score:9", 9, "printed");
    const n = system.figure("n", 10, "printed", { hideable: false });
    system.sum(n, [ones, nines]);
    system.mean(
      [
        { figure: ones, value: 1 },
        { figure: nines, value: 9 },
      ],
      n,
      8.2,
    );
    hide(system, [ones, nines]);
    const audit = await auditSystem(system, K, { exact: true });
    expect(audit.ranges.get(ones)).toEqual({ min: 1, max: 1 });
    expect(audit.violations.map((v) => v.key).sort()).toEqual(["score:1", "score:9"]);
  });

  it("catches small cells that printed zeros and '< k' marks pin together with the total", async () => {
    // 0 printed, two cells shown as "< 5" (so 1..4 each), total 8: both must be 4.
    const system = new FigureSystem();
    const { cells } = line(system, "q", [0, 4, 4, 30]);
    hide(system, [cells[1] as number, cells[2] as number]);
    system.bound(cells[1] as number, 1, K - 1);
    system.bound(cells[2] as number, 1, K - 1);
    // Only the two small ones and the 0 sit beside the 30, which is printed: 8 = a + b.
    const audit = await auditSystem(system, K, { exact: true });
    expect(audit.ranges.get(cells[1] as number)).toEqual({ min: 4, max: 4 });
    expect(audit.violations.map((v) => v.key).sort()).toEqual(["q:1", "q:2"]);
    // With one mark for every hidden figure and the zero hidden alike, the same line holds: each
    // of the three can be anything from 0 to 8.
    const fair = new FigureSystem();
    const again = line(fair, "q", [0, 4, 4, 30]);
    hide(fair, [again.cells[0] as number, again.cells[1] as number, again.cells[2] as number]);
    const fairAudit = await auditSystem(fair, K, { exact: true });
    expect(fairAudit.violations).toEqual([]);
    expect(fairAudit.ranges.get(again.cells[0] as number)).toEqual({ min: 0, max: 8 });
  });

  it("catches an unknown group that equals the non-panel channels, revealing a channel's hidden cell", async () => {
    // One answer option. Channels: open link 30 (shown), staff 2 (hidden), panel 18 (shown).
    // Districts (panel only): A 10, B 8 shown; "Onbekend" printed as 32 — which is open + staff.
    const system = new FigureSystem();
    const overall = system.figure("all", 50, "printed");
    const open = system.figure("channel:public", 30, "printed");
    const staff = system.figure("channel:staff", 2, "printed");
    const panel = system.figure("channel:panel", 18, "printed");
    system.sum(overall, [open, staff, panel]);
    const a = system.figure("district:A", 10, "printed");
    const b = system.figure("district:B", 8, "printed");
    const unknown = system.figure("district:onbekend", 32, "printed");
    system.sum(overall, [a, b, unknown]);
    const panelRest = system.figure("district:~panelrest", 0, "derived");
    system.sum(unknown, [open, staff, panelRest]);
    hide(system, [staff]);
    // Staff is hidden, but its complement in the channel table is not even needed: 32 − 30.
    await caughtThenMended(system, "channel:staff");
  });

  it("reports a printed count of 1 to k − 1 as shown-small", async () => {
    const system = new FigureSystem();
    line(system, "q", [3, 40]);
    const audit = await auditSystem(system, K);
    expect(audit.violations.map((v) => [v.key, v.reason])).toEqual([["q:0", "shown-small"]]);
  });

  it("lets a derived figure be pinned when it can only be 0 or at least k", async () => {
    const system = new FigureSystem();
    const size = system.figure("size", 40, "printed", { hideable: false });
    const answered = system.figure("answered", 40, "printed");
    const skipped = system.figure("skipped", 0, "derived");
    system.sum(size, [answered, skipped]);
    expect((await auditSystem(system, K)).violations).toEqual([]);
    const small = new FigureSystem();
    const size2 = small.figure("size", 40, "printed", { hideable: false });
    const answered2 = small.figure("answered", 37, "printed");
    const skipped2 = small.figure("skipped", 3, "derived");
    small.sum(size2, [answered2, skipped2]);
    expect((await auditSystem(small, K)).violations.map((v) => v.key)).toEqual(["skipped"]);
  });
});
