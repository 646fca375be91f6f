import { describe, expect, it } from "vitest";
import { publishWeighting } from "./publication-weighting";
import type { Weighting } from "./types";

/** A survey's weighting as the staff results give it: 234 of 1,200 respondents weighted. */
const weighting: Weighting = {
  method: "raking",
  weightedRespondents: 234,
  effectiveN: 64.4,
  iterations: 100,
  converged: false,
  minWeight: 0.3,
  maxWeight: 3,
  trimmed: 12,
  trim: { low: 0.3, high: 3 },
  source: "demo-cijfers",
  minimumCategorySize: 20,
  merged: [
    { margin: "age_sex", ageGroups: ["12-17", "18-34"], sexes: ["man"], respondents: 19 },
    { margin: "district", districts: ["Buitengebied", "Haven"], respondents: 23 },
  ],
  marginsMet: false,
  marginTolerance: 0.5,
  largestDifference: {
    category: { margin: "age_sex", ageGroups: ["80+"], sexes: ["vrouw"] },
    weightedPercent: 3.1,
    populationPercent: 5.47,
  },
};

describe("publishWeighting", () => {
  it("states whom the weighted figures describe, the merges, and that the margins were not met", () => {
    expect(publishWeighting(weighting, { respondents: 1200 })).toEqual({
      method: "raking",
      source: "demo-cijfers",
      weightedRespondents: 234,
      respondents: 1200,
      effectiveN: 64,
      // Wilson at 50% with n_eff 64.4: half-width 0.11865 → 11.9 percentage points.
      marginOfError: 11.9,
      minimumEffectiveN: 30,
      minimumCategorySize: 20,
      // No respondent counts per merged group: they are age × sex counts published nowhere else.
      merged: [
        { margin: "age_sex", ageGroups: ["12-17", "18-34"], sexes: ["man"] },
        { margin: "district", districts: ["Buitengebied", "Haven"] },
      ],
      marginsMet: false,
      marginTolerance: 0.5,
      // 5.47 − 3.1 = 2.37 → 2.4 percentage points.
      largestDifference: {
        category: { margin: "age_sex", ageGroups: ["80+"], sexes: ["vrouw"] },
        points: 2.4,
      },
    });
  });

  it("gives no margin below an effective n of 30, never ± 69 at n = 2", () => {
    expect(publishWeighting({ ...weighting, effectiveN: 2 }, { respondents: 2 }).marginOfError).toBeNull();
    expect(publishWeighting({ ...weighting, effectiveN: 29.6 }, { respondents: 40 })).toMatchObject({
      effectiveN: 30,
      marginOfError: null,
    });
    // At exactly 30: 16.8 percentage points (Wilson half-width 0.168459).
    expect(publishWeighting({ ...weighting, effectiveN: 30 }, { respondents: 40 }).marginOfError).toBe(16.8);
  });

  it("says the margins were met, with no merges, when the weighting fits", () => {
    const fits = publishWeighting(
      {
        ...weighting,
        merged: [],
        marginsMet: true,
        largestDifference: {
          category: { margin: "district", districts: ["Noord"] },
          weightedPercent: 20.0000004,
          populationPercent: 20,
        },
      },
      { respondents: 1200 },
    );
    expect(fits).toMatchObject({ merged: [], marginsMet: true });
    expect(fits.largestDifference?.points).toBe(0);
  });

  it("leaves the number weighted out when the panel members outside the weighting would be 1 to k − 1", () => {
    // 237 panel respondents, 234 weighted: the 3 others would follow from the printed counts.
    expect(
      publishWeighting(weighting, { respondents: 1200, panelRespondents: 237, k: 5 }).weightedRespondents,
    ).toBe(null);
    expect(
      publishWeighting(weighting, { respondents: 1200, panelRespondents: 240, k: 5 }).weightedRespondents,
    ).toBe(234);
    expect(
      publishWeighting(weighting, { respondents: 1200, panelRespondents: 234, k: 5 }).weightedRespondents,
    ).toBe(234);
  });
});
