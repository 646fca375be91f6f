import { describe, expect, it } from "vitest";
import { attackPublication } from "./publication-attacker-test-support";
import { buildPublication } from "./publication-build";
import { randomPublicationSource, randomSurveyDefinition } from "./publication-random-test-support";
import { PublicationBlocked } from "./publication-system";

/*
 * The publication's protection against a reader holding every published figure, on random surveys:
 * each is published through the real builder (linked system, secondary suppression, audit), then
 * attacked by the independent attacker of publication-attacker-test-support.ts, which sees only the
 * snapshot and the questionnaire. Nothing below k may be printed, and no hidden or derived count
 * may be narrowed to fewer than k values. A survey is refused only when the rule says so.
 */

const K = 5;
/** Each survey is five questions, each a set of linked tables (overall and four breakdowns). */
const CASES = 100;

describe("publication protection on random linked tables", () => {
  it(`leaves an independent attacker nothing below k in ${CASES} random surveys`, async () => {
    let published = 0;
    let hidden = 0;
    for (let seed = 1; seed <= CASES; seed += 1) {
      const respondents = 12 + ((seed * 37) % 140);
      const source = randomPublicationSource(seed, respondents, K);
      const channels = source.channels.map((c) => c.responses);
      const mustRefuse = respondents < K || channels.some((n) => n > 0 && n < K);
      try {
        const snapshot = await buildPublication(source);
        expect(mustRefuse, `seed ${seed} should have been refused`).toBe(false);
        const findings = await attackPublication(snapshot, K, randomSurveyDefinition);
        expect(findings, `seed ${seed} (${respondents} respondents)`).toEqual([]);
        expect(snapshot.method.suppression.audit.passed).toBe(true);
        published += 1;
        hidden += snapshot.method.suppression.audit.hidden;
      } catch (error) {
        if (!(error instanceof PublicationBlocked)) throw error;
        expect(mustRefuse, `seed ${seed} refused: ${error.block.reason}`).toBe(true);
      }
    }
    // The generator must actually exercise publishing, and hiding.
    expect(published).toBeGreaterThan(CASES / 2);
    expect(hidden).toBeGreaterThan(published);
  }, 600_000);

  it("lets the attacker find a small count printed by mistake (the attacker is not blind)", async () => {
    const source = randomPublicationSource(7, 131, K);
    const snapshot = await buildPublication(source);
    expect(await attackPublication(snapshot, K, randomSurveyDefinition)).toEqual([]);
    // Print one hidden q1 cell of a breakdown group again as the count it stands for.
    const leaked = structuredClone(snapshot);
    let leakedKey: string | null = null;
    for (const breakdown of leaked.breakdowns) {
      const truth = source.breakdowns.find((b) => b.dimension === breakdown.dimension)?.results.breakdown
        ?.groups;
      for (const group of breakdown.groups) {
        const table = group.questions.find((q) => q.questionId === "q1")?.table;
        const real = truth
          ?.find((g) => g.value === group.value)
          ?.questions.find((q) => q.questionId === "q1");
        if (leakedKey || table?.kind !== "choice" || real?.figures.kind !== "choice") continue;
        const figures = real.figures;
        const row = table.rows.find((r) => {
          const count = figures.options.find((o) => o.value === r.value)?.count ?? 0;
          return r.cell.suppressed && count > 0 && count < K;
        });
        if (!row) continue;
        row.cell = {
          count: figures.options.find((o) => o.value === row.value)?.count ?? 0,
          percent: null,
          suppressed: false,
        };
        leakedKey = `q1|${breakdown.dimension}:${group.value}|row:${row.value}`;
      }
    }
    expect(leakedKey, "the seed must hide a small q1 count in some group").not.toBeNull();
    const findings = await attackPublication(leaked, K, randomSurveyDefinition);
    expect(findings).toContainEqual(expect.objectContaining({ key: leakedKey, kind: "printed-small" }));
  }, 60_000);
});
