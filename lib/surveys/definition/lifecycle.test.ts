import { describe, expect, it } from "vitest";
import { PERMISSIONS } from "@/lib/accounts/permissions";
import {
  allowedTransitions,
  assertTransition,
  canTransition,
  findTransition,
  SURVEY_STATUSES,
  type SurveyStatus,
  TRANSITIONS,
  TransitionError,
} from "./lifecycle";

/**
 * The allowed steps written out by hand (not read from the table under test), with the
 * permission and effects each must carry. Every other pair of statuses must be refused.
 */
const ALLOWED: Record<string, { permission: string; effects: string[] }> = {
  "concept→in_review": {
    permission: "survey:edit",
    effects: ["freezesVersion", "requiresValidDefinition", "viaReviewShare"],
  },
  "in_review→concept": { permission: "survey:edit", effects: ["closesReviewRound", "startsNewDraft"] },
  "in_review→ready": { permission: "survey:edit", effects: ["closesReviewRound"] },
  "ready→concept": { permission: "survey:edit", effects: ["startsNewDraft"] },
  "ready→open": {
    permission: "survey:open",
    effects: ["freezesVersion", "requiresValidDefinition", "setsCurrentVersion"],
  },
  "open→closed": { permission: "survey:open", effects: [] },
  "closed→open": { permission: "survey:open", effects: [] },
  "closed→published": { permission: "survey:publish", effects: [] },
  "published→closed": { permission: "survey:publish", effects: [] },
};

const EFFECT_NAMES = [
  "freezesVersion",
  "setsCurrentVersion",
  "requiresValidDefinition",
  "closesReviewRound",
  "startsNewDraft",
  "viaReviewShare",
] as const;

const pairs: [SurveyStatus, SurveyStatus][] = SURVEY_STATUSES.flatMap((from) =>
  SURVEY_STATUSES.map((to): [SurveyStatus, SurveyStatus] => [from, to]),
);

function refusalOf(from: string, to: string): TransitionError | null {
  try {
    assertTransition(from, to);
    return null;
  } catch (error) {
    if (error instanceof TransitionError) return error;
    throw error;
  }
}

describe("every pair of statuses", () => {
  it.each(pairs)("%s → %s", (from, to) => {
    const expected = ALLOWED[`${from}→${to}`];
    expect(canTransition(from, to)).toBe(expected !== undefined);
    const refusal = refusalOf(from, to);
    if (expected) {
      expect(refusal).toBeNull();
      const transition = assertTransition(from, to);
      expect(transition).toMatchObject({ from, to, permission: expected.permission });
      const effects = EFFECT_NAMES.filter((name) => transition[name]);
      expect(effects.sort()).toEqual([...expected.effects].sort());
      expect(allowedTransitions(from)).toContainEqual(transition);
    } else {
      expect(refusal?.code).toBe(from === to ? "same_status" : "not_allowed");
      expect(refusal?.messageKey).toBe(
        from === to ? "lifecycle.errors.sameStatus" : "lifecycle.errors.notAllowed",
      );
      expect(refusal).toMatchObject({ from, to });
      expect(findTransition(from, to)).toBeUndefined();
      expect(allowedTransitions(from).map((t) => t.to)).not.toContain(to);
    }
  });

  it("has no allowed step beyond the hand-written list", () => {
    expect(TRANSITIONS.map((t) => `${t.from}→${t.to}`).sort()).toEqual(Object.keys(ALLOWED).sort());
  });
});

describe("allowedTransitions", () => {
  it("lists the next steps of each status", () => {
    const next = (from: SurveyStatus) => allowedTransitions(from).map((t) => t.to);
    expect(next("concept")).toEqual(["in_review"]);
    expect(next("in_review")).toEqual(["concept", "ready"]);
    expect(next("ready")).toEqual(["concept", "open"]);
    expect(next("open")).toEqual(["closed"]);
    expect(next("closed")).toEqual(["open", "published"]);
    expect(next("published")).toEqual(["closed"]);
  });
});

describe("assertTransition on input from outside", () => {
  it("refuses unknown statuses with their own code", () => {
    for (const [from, to] of [
      ["concept", "archived"],
      ["draft", "open"],
      ["", ""],
      ["OPEN", "closed"],
    ]) {
      const refusal = refusalOf(from, to);
      expect(refusal?.code).toBe("unknown_status");
      expect(refusal?.messageKey).toBe("lifecycle.errors.unknownStatus");
    }
  });
});

describe("the permissions table", () => {
  it("names only permissions that exist, and none an adviesraad member, panel member or resident holds", () => {
    for (const t of TRANSITIONS) {
      expect(Object.keys(PERMISSIONS)).toContain(t.permission);
      expect(PERMISSIONS[t.permission]).not.toContain("adviesraad");
      expect(PERMISSIONS[t.permission]).not.toContain("panel");
    }
  });

  it("gives each step a distinct name", () => {
    expect(new Set(TRANSITIONS.map((t) => t.name)).size).toBe(TRANSITIONS.length);
  });
});
