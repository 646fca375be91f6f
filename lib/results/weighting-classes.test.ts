import { describe, expect, it } from "vitest";
import { ageSpan, collapseAgeSex, collapseDistricts, MIN_CATEGORY_RESPONDENTS } from "./weighting-classes";

const AGES = ["12-17", "18-34", "35-49", "50-64", "65-79", "80+"];

/** Every age group × man/vrouw with the given population figure. */
function ageSexPopulation(figure = 1000): Record<string, number> {
  return Object.fromEntries(AGES.flatMap((age) => ["man", "vrouw"].map((sex) => [`${age}|${sex}`, figure])));
}

describe("merging raking categories with too few respondents", () => {
  it("uses 20 respondents as the default minimum", () => {
    expect(MIN_CATEGORY_RESPONDENTS).toBe(20);
  });

  it("leaves every category alone when each has enough respondents", () => {
    const sample = new Map(Object.keys(ageSexPopulation()).map((c) => [c, 25]));
    const collapsed = collapseAgeSex(sample, ageSexPopulation());
    expect(collapsed.merges).toEqual([]);
    expect(Object.keys(collapsed.targets)).toHaveLength(12);
  });

  it("merges a small age group with the adjacent one of the same sex, and its population too", () => {
    const sample = new Map(Object.keys(ageSexPopulation()).map((c) => [c, 30]));
    sample.set("12-17|man", 1);
    const population = { ...ageSexPopulation(), "12-17|man": 400, "18-34|man": 1500 };
    const collapsed = collapseAgeSex(sample, population);
    expect(collapsed.merges).toEqual([
      { margin: "age_sex", ageGroups: ["12-17", "18-34"], sexes: ["man"], respondents: 31 },
    ]);
    const key = collapsed.classOf.get("12-17|man");
    expect(collapsed.classOf.get("18-34|man")).toBe(key);
    expect(collapsed.targets[key as string]).toBe(1900);
    // The women's 12-17 keep their own category.
    expect(collapsed.classOf.get("12-17|vrouw")).not.toBe(collapsed.classOf.get("18-34|vrouw"));
    expect(Object.keys(collapsed.targets)).toHaveLength(11);
  });

  it("merges a middle age group with the smaller of its two neighbours", () => {
    const sample = new Map(Object.keys(ageSexPopulation()).map((c) => [c, 30]));
    sample.set("18-34|vrouw", 40);
    sample.set("35-49|vrouw", 5);
    sample.set("50-64|vrouw", 22);
    expect(collapseAgeSex(sample, ageSexPopulation()).merges).toEqual([
      { margin: "age_sex", ageGroups: ["35-49", "50-64"], sexes: ["vrouw"], respondents: 27 },
    ]);
  });

  it("keeps merging, smallest group first, until every group has the minimum", () => {
    const sample = new Map(Object.keys(ageSexPopulation()).map((c) => [c, 30]));
    sample.set("18-34|vrouw", 40);
    sample.set("35-49|vrouw", 5);
    sample.set("50-64|vrouw", 22);
    sample.set("65-79|vrouw", 4);
    sample.set("80+|vrouw", 3);
    // 80+ (3) joins 65-79 (4): 7. 35-49 (5) joins 50-64 (22, smaller than 40): 27. Then 65-79…80+
    // (7, still too few) joins its only neighbour, 35-49…50-64: 34.
    expect(collapseAgeSex(sample, ageSexPopulation()).merges).toEqual([
      { margin: "age_sex", ageGroups: ["35-49", "50-64", "65-79", "80+"], sexes: ["vrouw"], respondents: 34 },
    ]);
  });

  it("merges the sexes per age group when one sex has too few respondents in all", () => {
    const sample = new Map<string, number>();
    for (const age of AGES) {
      sample.set(`${age}|vrouw`, 30);
      sample.set(`${age}|man`, age === "35-49" ? 12 : 0);
    }
    const { merges } = collapseAgeSex(sample, ageSexPopulation());
    expect(merges).toHaveLength(6);
    expect(merges[0]).toEqual({
      margin: "age_sex",
      ageGroups: ["12-17"],
      sexes: ["man", "vrouw"],
      respondents: 30,
    });
    expect(merges[2]).toEqual({
      margin: "age_sex",
      ageGroups: ["35-49"],
      sexes: ["man", "vrouw"],
      respondents: 42,
    });
  });

  it("merges a small district with the smallest other district, until every group has the minimum", () => {
    const collapsed = collapseDistricts(
      new Map([
        ["Centrum", 5],
        ["Noord", 8],
        ["Oost", 25],
        ["Zuid", 40],
      ]),
      { Centrum: 100, Noord: 200, Oost: 300, Zuid: 400, West: 50 },
    );
    // West has nobody: 0 + Centrum 5 = 5, + Noord 8 = 13, + Oost 25 = 38.
    expect(collapsed.merges).toEqual([
      { margin: "district", districts: ["Centrum", "Noord", "Oost", "West"], respondents: 38 },
    ]);
    expect(Object.values(collapsed.targets).sort((a, b) => a - b)).toEqual([400, 650]);
    expect(collapsed.classOf.get("Zuid")).not.toBe(collapsed.classOf.get("Oost"));
  });

  it("ends with one category when the whole sample is below the minimum", () => {
    const collapsed = collapseDistricts(
      new Map([
        ["Noord", 3],
        ["Zuid", 2],
      ]),
      { Noord: 1, Zuid: 1 },
    );
    expect(collapsed.merges).toEqual([{ margin: "district", districts: ["Noord", "Zuid"], respondents: 5 }]);
  });

  it("names merged adjacent age groups as one span", () => {
    expect(ageSpan(["12-17", "18-34"])).toBe("12-34");
    expect(ageSpan(["50-64", "65-79", "80+"])).toBe("50+");
    expect(ageSpan(["35-49"])).toBe("35-49");
  });
});
