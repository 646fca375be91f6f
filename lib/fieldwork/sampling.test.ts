import { describe, expect, it } from "vitest";
import { seededRandomFromText as seededRandom } from "@/lib/random/seeded-random";
import { allocateLargestRemainder, drawSample, type SamplingMember } from "./sampling";

const rules = { maxInvitationsPerYear: 4, at: new Date("2026-06-01T12:00:00Z") };
// Born 2000 → 26 in 2026 → 18-34; born 1985 → 41 → 35-49.
const YOUNG = 2000;
const MIDDLE = 1985;

let nextId = 1;
function members(count: number, fields: Partial<SamplingMember>): SamplingMember[] {
  return Array.from({ length: count }, () => ({
    id: nextId++,
    status: "active" as const,
    birthYear: YOUNG,
    district: "Centrum",
    invitationsLastYear: 0,
    invitedToSurvey: false,
    ...fields,
  }));
}

/** Eligible: Centrum 18-34 ×5, Centrum 35-49 ×3, Oost 18-34 ×2; Zuid only has a paused member. */
function panel(): SamplingMember[] {
  nextId = 1;
  return [
    ...members(5, { district: "Centrum", birthYear: YOUNG }),
    ...members(3, { district: "Centrum", birthYear: MIDDLE }),
    ...members(2, { district: "Oost", birthYear: YOUNG }),
    ...members(1, { district: "Zuid", birthYear: YOUNG, status: "paused" }),
  ];
}

const counts = (result: ReturnType<typeof drawSample>) =>
  result.strata.map((s) => [s.district, s.ageGroup, s.population, s.eligible, s.allocated, s.drawn]);

describe("largest-remainder allocation", () => {
  it("gives whole quotas first and the seats left to the largest remainders", () => {
    // Quotas 4·5/10 = 2.0, 4·3/10 = 1.2, 4·2/10 = 0.8: floors 2, 1, 0; the one seat left goes to 0.8.
    expect(allocateLargestRemainder([5, 3, 2], 4)).toEqual([2, 1, 1]);
    // Quotas 3.0, 1.5, 0.5: floors 3, 1, 0; the tie between .5 and .5 goes to the larger group.
    expect(allocateLargestRemainder([6, 3, 1], 5)).toEqual([3, 2, 0]);
    // Quotas 7·4/12 = 2.33…, 7·4/12, 7·4/12: floors 2, 2, 2; equal remainders and sizes: the first.
    expect(allocateLargestRemainder([4, 4, 4], 7)).toEqual([3, 2, 2]);
  });

  it("always adds up to exactly n, and never above a group's size", () => {
    const random = seededRandom("allocation");
    for (let round = 0; round < 200; round++) {
      const sizes = Array.from({ length: 1 + Math.floor(random() * 12) }, () => Math.floor(random() * 40));
      const total = sizes.reduce((a, b) => a + b, 0);
      const n = Math.floor(random() * (total + 5));
      const parts = allocateLargestRemainder(sizes, n);
      expect(parts.reduce((a, b) => a + b, 0)).toBe(Math.min(n, total));
      parts.forEach((part, i) => {
        expect(part).toBeGreaterThanOrEqual(0);
        expect(part).toBeLessThanOrEqual(sizes[i]);
      });
    }
  });
});

describe("drawing a stratified sample", () => {
  it("allocates n over district × age group exactly, and reports strata left without a seat", () => {
    const result = drawSample(panel(), { method: "stratified", n: 4 }, "s1", rules);
    expect(counts(result)).toEqual([
      ["Centrum", "18-34", 5, 5, 2, 2],
      ["Centrum", "35-49", 3, 3, 1, 1],
      ["Oost", "18-34", 2, 2, 1, 1],
      ["Zuid", "18-34", 1, 0, 0, 0],
    ]);
    expect(result).toMatchObject({ eligible: 10, requested: 4, drawn: 4 });
    expect(result.memberIds).toHaveLength(4);
    expect(result.zeroAllocated.map((s) => s.district)).toEqual(["Zuid"]);
  });

  it("draws each stratum's members only from that stratum", () => {
    const all = panel();
    const result = drawSample(all, { method: "stratified", n: 5 }, "s2", rules);
    // Quotas 2.5, 1.5, 1.0: floors 2, 1, 1; the seat left goes to the larger of the two .5 ties.
    expect(result.strata.map((s) => s.allocated)).toEqual([3, 1, 1, 0]);
    const byId = new Map(all.map((m) => [m.id, m]));
    const drawnOost = result.memberIds.filter((id) => byId.get(id)?.district === "Oost");
    expect(drawnOost).toHaveLength(1);
  });

  it("keeps members without a district in a stratum of their own", () => {
    nextId = 100;
    const all = [...members(3, { district: null }), ...members(1, { district: "Oost" })];
    const result = drawSample(all, { method: "stratified", n: 4 }, "s", rules);
    expect(counts(result)).toEqual([
      ["Oost", "18-34", 1, 1, 1, 1],
      [null, "18-34", 3, 3, 3, 3],
    ]);
  });
});

describe("exclusions", () => {
  it("leaves out left, paused, pending, already invited and over-limit members, each once", () => {
    nextId = 1;
    const all = [
      ...members(2, {}),
      ...members(1, { status: "left", district: null }),
      ...members(2, { status: "paused" }),
      ...members(1, { status: "pending" }),
      ...members(1, { invitedToSurvey: true }),
      // Paused and invited and over the limit: counted once, under the first reason.
      ...members(1, { status: "paused", invitedToSurvey: true, invitationsLastYear: 9 }),
      ...members(1, { invitationsLastYear: 4 }),
      ...members(1, { invitationsLastYear: 3 }),
    ];
    const result = drawSample(all, { method: "all" }, "x", rules);
    expect(result.exclusions).toEqual({
      left: 1,
      paused: 3,
      pending: 1,
      alreadyInvited: 1,
      invitationLimit: 1,
    });
    // Two plain members and the one with 3 of 4 invitations used.
    expect(result.memberIds).toEqual([1, 2, 10]);
    expect(result).toMatchObject({ eligible: 3, drawn: 3, requested: null });
    // The panel's population counts everyone who has not left.
    expect(result.strata.map((s) => s.population)).toEqual([9]);
  });

  it("never draws an excluded member, whatever the seed", () => {
    nextId = 1;
    const eligible = members(20, {});
    const excluded = members(20, { status: "paused" });
    const excludedIds = new Set(excluded.map((m) => m.id));
    for (const seed of ["a", "b", "c", "d", "e"]) {
      const result = drawSample([...excluded, ...eligible], { method: "random", n: 10 }, seed, rules);
      expect(result.memberIds.some((id) => excludedIds.has(id))).toBe(false);
    }
  });
});

describe("seeds", () => {
  const big = () => {
    nextId = 1;
    return [...members(60, { district: "Centrum" }), ...members(40, { district: "Oost", birthYear: MIDDLE })];
  };

  it("gives the same sample for the same seed, whatever the order members come in", () => {
    for (const method of ["random", "stratified"] as const) {
      const first = drawSample(big(), { method, n: 15 }, "zaad-1", rules);
      const again = drawSample(big().reverse(), { method, n: 15 }, "zaad-1", rules);
      expect(again.memberIds).toEqual(first.memberIds);
      expect(again.strata).toEqual(first.strata);
    }
  });

  it("gives a different sample for a different seed", () => {
    for (const method of ["random", "stratified"] as const) {
      const first = drawSample(big(), { method, n: 15 }, "zaad-1", rules);
      const other = drawSample(big(), { method, n: 15 }, "zaad-2", rules);
      expect(other.memberIds).not.toEqual(first.memberIds);
      expect(other.drawn).toBe(15);
    }
  });
});

describe("n larger than the eligible members", () => {
  it("draws everyone eligible and says how many were asked for", () => {
    for (const method of ["random", "stratified"] as const) {
      const result = drawSample(panel(), { method, n: 50 }, "s", rules);
      expect(result).toMatchObject({ requested: 50, eligible: 10, drawn: 10 });
      expect(result.memberIds).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    }
  });

  it("draws nobody from an empty panel", () => {
    const result = drawSample([], { method: "stratified", n: 5 }, "s", rules);
    expect(result).toMatchObject({ memberIds: [], strata: [], eligible: 0, drawn: 0 });
  });
});
