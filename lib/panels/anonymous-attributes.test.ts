import { describe, expect, it } from "vitest";
import { ageGroupFor } from "./age-groups";
import {
  type AttributeLabel,
  birthYearsOfAgeGroup,
  coarsenLabels,
  generalisationPath,
  labelKey,
  matchesLabel,
  NO_ATTRIBUTES,
  safeLabelAtCompletion,
} from "./anonymous-attributes";

const L = (ageGroup: string | null, sex: string | null = null, district: string | null = null) => ({
  ageGroup,
  sex,
  district,
});
const times = (n: number, label: AttributeLabel) => Array.from({ length: n }, () => label);
const tally = (labels: AttributeLabel[]) => {
  const counts: Record<string, number> = {};
  for (const l of labels) {
    const key = [l.ageGroup, l.sex, l.district].map((v) => v ?? "·").join("/");
    counts[key] = (counts[key] ?? 0) + 1;
  }
  return counts;
};

describe("the generalisation path", () => {
  it("drops district, then sex, then age group", () => {
    expect(generalisationPath(L("35-49", "vrouw", "Centrum"))).toEqual([
      L("35-49", "vrouw", "Centrum"),
      L("35-49", "vrouw"),
      L("35-49"),
      NO_ATTRIBUTES,
    ]);
    // A district without an age group is not on the path: it is dropped with it.
    expect(generalisationPath(L(null, "man", "Oost"))).toEqual([NO_ATTRIBUTES]);
  });

  it("matches a member on the attributes a label carries, and on nothing else", () => {
    const member = L("65-79", "man", "Oost");
    expect(matchesLabel(member, L("65-79", "man"))).toBe(true);
    expect(matchesLabel(member, L("65-79", "man", "Zuid"))).toBe(false);
    expect(matchesLabel(member, NO_ATTRIBUTES)).toBe(true);
  });
});

describe("at completion", () => {
  it("keeps the finest label that at least k respondents share", () => {
    const holders: Record<string, number> = {
      [labelKey(L("35-49", "vrouw", "Centrum"))]: 2,
      [labelKey(L("35-49", "vrouw"))]: 4,
      [labelKey(L("35-49"))]: 9,
    };
    const of = (label: AttributeLabel) => holders[labelKey(label)] ?? 0;
    expect(safeLabelAtCompletion(L("35-49", "vrouw", "Centrum"), of, 5)).toEqual(L("35-49"));
    expect(safeLabelAtCompletion(L("35-49", "vrouw", "Centrum"), of, 4)).toEqual(L("35-49", "vrouw"));
    expect(safeLabelAtCompletion(L("35-49", "vrouw", "Centrum"), of, 10)).toEqual(NO_ATTRIBUTES);
  });
});

describe("when fieldwork closes", () => {
  it("leaves every label carried by at least k responses", () => {
    const labels = [
      ...times(6, L("50-64", "man", "Centrum")),
      ...times(2, L("50-64", "man", "Oost")),
      ...times(3, L("50-64", "man", "Zuid")),
      ...times(1, L("50-64", "vrouw", "Oost")),
      ...times(4, L("18-34", "vrouw", "Noord")),
      ...times(1, L("80+", "anders", "Noord")),
    ];
    const result = coarsenLabels(labels, 5);
    expect(tally(result)).toEqual({
      // Large enough as it is.
      "50-64/man/Centrum": 6,
      // Oost and Zuid together are five men of 50-64: their district goes, their sex stays.
      "50-64/man/·": 5,
      // Alone in their group: nothing is left; with the one woman of 50-64 there are six.
      "·/·/·": 6,
    });
    for (const count of Object.values(tally(result))) expect(count).toBeGreaterThanOrEqual(5);
  });

  it("never leaves fewer than k with no attributes: the smallest label joins them", () => {
    const labels = [
      ...times(7, L("65-79", "vrouw", "Oost")),
      ...times(5, L("35-49", "man", "Zuid")),
      L("80+"),
    ];
    expect(tally(coarsenLabels(labels, 5))).toEqual({ "65-79/vrouw/Oost": 7, "·/·/·": 6 });
  });

  it("gives fewer than k responses in all no attributes, and keeps the order", () => {
    expect(coarsenLabels([L("18-34", "man", "Oost"), L("35-49", "vrouw", "Zuid")], 3)).toEqual([
      NO_ATTRIBUTES,
      NO_ATTRIBUTES,
    ]);
    const labels = [
      L("18-34", "man"),
      L("80+", "vrouw", "Oost"),
      L("18-34", "man"),
      L("18-34", "man"),
      L("80+"),
    ];
    expect(coarsenLabels(labels, 2)).toEqual([
      L("18-34", "man"),
      L("80+"),
      L("18-34", "man"),
      L("18-34", "man"),
      L("80+"),
    ]);
    // One left with nothing would stand out from everyone: the three men join it.
    expect(coarsenLabels(labels, 3)).toEqual(times(5, NO_ATTRIBUTES));
  });

  it("changes nothing that is already safe, so closing twice is closing once", () => {
    const labels = [
      ...times(5, L("50-64", "man", "Centrum")),
      ...times(5, L("50-64")),
      ...times(3, L("80+")),
    ];
    const once = coarsenLabels(labels, 5);
    expect(coarsenLabels(once, 5)).toEqual(once);
  });
});

describe("birth years of an age group", () => {
  it("are the years whose age in that year falls in the group", () => {
    const range = birthYearsOfAgeGroup("35-49", 2025);
    expect(range).toEqual({ from: 1976, to: 1990 });
    expect(ageGroupFor(1976, new Date("2025-06-01"))).toBe("35-49");
    expect(ageGroupFor(1975, new Date("2025-06-01"))).toBe("50-64");
    expect(ageGroupFor(1990, new Date("2025-06-01"))).toBe("35-49");
    expect(ageGroupFor(1991, new Date("2025-06-01"))).toBe("18-34");
    expect(birthYearsOfAgeGroup("80+", 2025)?.to).toBe(1945);
    expect(birthYearsOfAgeGroup("Centrum", 2025)).toBeNull();
  });
});
