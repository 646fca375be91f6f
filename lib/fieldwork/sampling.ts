import type { MemberStatus } from "@/lib/panels/types";
import { seededRandomFromText } from "@/lib/random/seeded-random";
import { compareStrata, type Stratum, stratumKey, stratumOf } from "./strata";

/*
 * Drawing a sample of a panel for a survey. Pure and seeded: the same members, spec and seed give
 * the same sample, so what staff previewed is exactly what the server sends (it draws again with
 * the seed shown on the page and checks the counts).
 *
 * 1. Exclusions come first, each member under the first reason that applies: left, paused,
 *    pending (sign-up not confirmed), already invited to this survey, past the panel's invitation
 *    limit (invitations in the last 365 days ≥ the panel's maximum per year).
 * 2. The eligible members are ordered by id (the caller's order does not matter), then:
 *    - whole panel: everyone eligible;
 *    - random n: a simple random sample, by a partial Fisher–Yates shuffle;
 *    - stratified n: n is allocated over the strata (district × age group) in proportion to their
 *      eligible members, by the largest-remainder method so the allocations add up to exactly n,
 *      and each stratum is sampled like "random n" with its allocation.
 *    With n at or above the number eligible, everyone eligible is drawn.
 */

export const SAMPLE_METHODS = ["all", "random", "stratified"] as const;
export type SampleMethod = (typeof SAMPLE_METHODS)[number];

export type SampleSpec = { method: "all" } | { method: "random" | "stratified"; n: number };

export const EXCLUSION_REASONS = ["left", "paused", "pending", "alreadyInvited", "invitationLimit"] as const;
export type ExclusionReason = (typeof EXCLUSION_REASONS)[number];

/** What the sampler needs to know of a member; the data layer counts the invitations in SQL. */
export type SamplingMember = {
  id: number;
  status: MemberStatus;
  birthYear: number;
  district: string | null;
  /** Invitations to any survey in the last 365 days. */
  invitationsLastYear: number;
  /** Already invited to this survey. */
  invitedToSurvey: boolean;
};

export type SamplingRules = {
  /** The panel's limit: at most this many invitations per 365 days. */
  maxInvitationsPerYear: number;
  /** The day age groups are computed for (they go by calendar year). */
  at: Date;
};

export type StratumCount = Stratum & {
  key: string;
  /** Current members of the panel in this stratum (everyone who has not left). */
  population: number;
  eligible: number;
  /** The stratum's share of n (stratified only; null for the other methods). */
  allocated: number | null;
  drawn: number;
};

export type SampleResult = {
  /** The drawn members' ids, ascending. */
  memberIds: number[];
  /** Every stratum with at least one current member, in a fixed order. */
  strata: StratumCount[];
  exclusions: Record<ExclusionReason, number>;
  eligible: number;
  /** n as asked (null for the whole panel). */
  requested: number | null;
  drawn: number;
  /** Strata that have members but were allocated none (stratified only): too small for this n. */
  zeroAllocated: StratumCount[];
};

export function drawSample(
  members: readonly SamplingMember[],
  spec: SampleSpec,
  seed: string,
  rules: SamplingRules,
): SampleResult {
  const exclusions = Object.fromEntries(EXCLUSION_REASONS.map((r) => [r, 0])) as Record<
    ExclusionReason,
    number
  >;
  const byStratum = new Map<string, { stratum: Stratum; population: number; eligible: number[] }>();
  const sorted = [...members].sort((a, b) => a.id - b.id);
  for (const member of sorted) {
    const reason = exclusionReason(member, rules);
    if (reason) exclusions[reason] += 1;
    if (reason === "left") continue;
    const stratum = stratumOf(member, rules.at);
    const key = stratumKey(stratum);
    let entry = byStratum.get(key);
    if (!entry) {
      entry = { stratum, population: 0, eligible: [] };
      byStratum.set(key, entry);
    }
    entry.population += 1;
    if (!reason) entry.eligible.push(member.id);
  }
  const entries = [...byStratum.entries()]
    .map(([key, entry]) => ({ key, ...entry }))
    .sort((a, b) => compareStrata(a.stratum, b.stratum));
  const eligibleIds = entries.flatMap((e) => e.eligible).sort((a, b) => a - b);

  const random = seededRandomFromText(seed);
  let drawnIds: number[];
  let allocations: number[] | null = null;
  if (spec.method === "all") {
    drawnIds = eligibleIds;
  } else if (spec.method === "random") {
    drawnIds = sampleWithout(eligibleIds, spec.n, random);
  } else {
    const sizes = entries.map((e) => e.eligible.length);
    allocations = allocateLargestRemainder(sizes, Math.min(spec.n, eligibleIds.length));
    drawnIds = entries.flatMap((e, i) => sampleWithout(e.eligible, allocations?.[i] ?? 0, random));
  }
  const drawnSet = new Set(drawnIds);
  const strata: StratumCount[] = entries.map((e, i) => ({
    ...e.stratum,
    key: e.key,
    population: e.population,
    eligible: e.eligible.length,
    allocated: allocations ? allocations[i] : null,
    drawn: e.eligible.reduce((sum, id) => sum + (drawnSet.has(id) ? 1 : 0), 0),
  }));
  return {
    memberIds: [...drawnIds].sort((a, b) => a - b),
    strata,
    exclusions,
    eligible: eligibleIds.length,
    requested: spec.method === "all" ? null : spec.n,
    drawn: drawnIds.length,
    zeroAllocated: allocations ? strata.filter((s) => s.allocated === 0) : [],
  };
}

function exclusionReason(member: SamplingMember, rules: SamplingRules): ExclusionReason | null {
  if (member.status === "left") return "left";
  if (member.status === "paused") return "paused";
  if (member.status === "pending") return "pending";
  if (member.invitedToSurvey) return "alreadyInvited";
  if (member.invitationsLastYear >= rules.maxInvitationsPerYear) return "invitationLimit";
  return null;
}

/**
 * Splits `n` over groups of the given sizes in proportion to their size, so that the parts add up
 * to exactly n (n ≤ the total): each group first gets the whole part of its quota n·size/total,
 * and the seats left over go to the largest fractional parts (ties: the larger group, then the
 * earlier one). Integer arithmetic, so no rounding error decides a seat.
 */
export function allocateLargestRemainder(sizes: readonly number[], n: number): number[] {
  const total = sizes.reduce((a, b) => a + b, 0);
  if (total === 0 || n <= 0) return sizes.map(() => 0);
  if (n >= total) return [...sizes];
  const parts = sizes.map((size) => Math.floor((n * size) / total));
  const remainders = sizes.map((size, i) => ({ i, size, rest: n * size - parts[i] * total }));
  remainders.sort((a, b) => b.rest - a.rest || b.size - a.size || a.i - b.i);
  let left = n - parts.reduce((a, b) => a + b, 0);
  for (const r of remainders) {
    if (left === 0) break;
    parts[r.i] += 1;
    left -= 1;
  }
  return parts;
}

/** `k` of `ids` at random: a partial Fisher–Yates shuffle of a copy (all of them when k ≥ length). */
function sampleWithout(ids: readonly number[], k: number, random: () => number): number[] {
  const pool = [...ids];
  const take = Math.min(Math.max(k, 0), pool.length);
  for (let i = 0; i < take; i++) {
    const j = i + Math.floor(random() * (pool.length - i));
    [pool[i], pool[j]] = [pool[j], pool[i]];
  }
  return pool.slice(0, take);
}
