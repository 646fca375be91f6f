import { AGE_GROUPS } from "@/lib/panels/age-groups";
import type { WeightingClass, WeightingMerge } from "./types";

/*
 * The categories raking weights by, after merging those with too few respondents. A category's
 * weight is roughly its population share over its sample share, so a category of a few people
 * gets an extreme weight that the trim bounds then cut off, and its margin cannot be met (one
 * 12–17 man who would need weight 8.5 under a cap of 3). Merging such a category with a neighbour
 * before raking ("collapsing cells", Kalton & Flores-Cervantes 2003, "Weighting methods", Journal
 * of Official Statistics 19(2)) weights it by the merged group's share instead: less detail, but a
 * margin that can be met and weights that do not rest on one person.
 *
 * Age group × sex (one margin, categories "35-49|vrouw"): a category merges with the adjacent age
 * group of the same sex — the smaller of its two neighbours, so merged groups stay balanced —
 * until every group has the minimum. When one sex has fewer respondents than the minimum in all
 * age groups together, the sexes are merged per age group first (that margin then weights by age
 * only), because no merging of ages can give that sex enough respondents.
 * Districts have no order: a district below the minimum merges with the smallest other group,
 * so small districts end up together and large ones stay apart.
 * The population figures are merged the same way: a merged category's target is the sum of its parts.
 */

/**
 * Fewest panel respondents a raking category may rest on. 20 is the low end of the usual rule of
 * thumb for weighting cells (20–30): high enough that one respondent more or less moves the
 * category's weight by at most about 5%, low enough to keep age groups apart in a panel of a few hundred.
 */
export const MIN_CATEGORY_RESPONDENTS = 20;

export type CollapsedMargin = {
  /** Each population category → the key of the class it is raked in. */
  classOf: Map<string, string>;
  /** Population figure per class key: the sum of its categories' figures. */
  targets: Record<string, number>;
  /** Each class by key, in words-ready form. */
  classes: Map<string, WeightingClass>;
  /** The classes made of more than one category, with their respondents. */
  merges: WeightingMerge[];
};

type Group<Class extends WeightingClass> = {
  class: Class;
  /** Population categories in this group. */
  categories: string[];
  respondents: number;
  population: number;
};

/** Splits "35-49|vrouw" into its age group and sex (lib/results/weights.ts ageSexCategory). */
function splitAgeSex(category: string): { ageGroup: string; sex: string } {
  const bar = category.lastIndexOf("|");
  return { ageGroup: category.slice(0, bar), sex: category.slice(bar + 1) };
}

function ageRank(ageGroup: string): number {
  const rank = (AGE_GROUPS as readonly string[]).indexOf(ageGroup);
  return rank === -1 ? AGE_GROUPS.length : rank;
}

const byName = (a: string, b: string) => a.localeCompare(b, "nl");

/**
 * Merges the age group × sex categories of the population figures that have fewer than `minimum`
 * respondents in the sample (`sample`: category → respondents; a category it lacks has none).
 */
export function collapseAgeSex(
  sample: ReadonlyMap<string, number>,
  population: Readonly<Record<string, number>>,
  minimum: number = MIN_CATEGORY_RESPONDENTS,
): CollapsedMargin {
  const categories = Object.keys(population).sort((a, b) => {
    const x = splitAgeSex(a);
    const y = splitAgeSex(b);
    return (
      ageRank(x.ageGroup) - ageRank(y.ageGroup) || byName(x.ageGroup, y.ageGroup) || byName(x.sex, y.sex)
    );
  });
  const sexes = [...new Set(categories.map((c) => splitAgeSex(c).sex))].sort(byName);
  const respondentsOfSex = (sex: string) =>
    categories.filter((c) => splitAgeSex(c).sex === sex).reduce((sum, c) => sum + (sample.get(c) ?? 0), 0);
  const mergeSexes = sexes.length > 1 && sexes.some((sex) => respondentsOfSex(sex) < minimum);

  // One chain of adjacent age groups per sex, or a single chain when the sexes are merged.
  const chains = new Map<string, Group<Extract<WeightingClass, { margin: "age_sex" }>>[]>();
  for (const category of categories) {
    const { ageGroup, sex } = splitAgeSex(category);
    const chainKey = mergeSexes ? "" : sex;
    const chain = chains.get(chainKey) ?? [];
    chains.set(chainKey, chain);
    let group = chain.at(-1);
    if (!group || !mergeSexes || group.class.ageGroups[0] !== ageGroup) {
      group = {
        class: { margin: "age_sex", ageGroups: [ageGroup], sexes: [] },
        categories: [],
        respondents: 0,
        population: 0,
      };
      chain.push(group);
    }
    group.class.sexes.push(sex);
    group.categories.push(category);
    group.respondents += sample.get(category) ?? 0;
    group.population += population[category] as number;
  }
  const groups = [...chains.values()].flatMap((chain) =>
    mergeAdjacent(chain, minimum, (a, b) => ({
      margin: "age_sex",
      ageGroups: [...a.ageGroups, ...b.ageGroups],
      sexes: [...new Set([...a.sexes, ...b.sexes])].sort(byName),
    })),
  );
  return collapsed(groups);
}

/** Merges the districts of the population figures that have fewer than `minimum` respondents. */
export function collapseDistricts(
  sample: ReadonlyMap<string, number>,
  population: Readonly<Record<string, number>>,
  minimum: number = MIN_CATEGORY_RESPONDENTS,
): CollapsedMargin {
  const groups: Group<Extract<WeightingClass, { margin: "district" }>>[] = Object.keys(population)
    .sort(byName)
    .map((district) => ({
      class: { margin: "district", districts: [district] },
      categories: [district],
      respondents: sample.get(district) ?? 0,
      population: population[district] as number,
    }));
  while (groups.length > 1) {
    const smallest = indexOfSmallest(groups, () => true);
    const group = groups[smallest] as (typeof groups)[number];
    if (group.respondents >= minimum) break;
    const partner = indexOfSmallest(groups, (_, i) => i !== smallest);
    const other = groups[partner] as (typeof groups)[number];
    groups[Math.min(smallest, partner)] = {
      class: {
        margin: "district",
        districts: [...group.class.districts, ...other.class.districts].sort(byName),
      },
      categories: [...group.categories, ...other.categories],
      respondents: group.respondents + other.respondents,
      population: group.population + other.population,
    };
    groups.splice(Math.max(smallest, partner), 1);
  }
  return collapsed(groups);
}

/**
 * Within an ordered chain: while a group has fewer than `minimum` respondents, the smallest one
 * merges with its smaller neighbour (the earlier one on a tie).
 */
function mergeAdjacent<Class extends WeightingClass>(
  chain: Group<Class>[],
  minimum: number,
  join: (a: Class, b: Class) => Class,
): Group<Class>[] {
  const groups = [...chain];
  while (groups.length > 1) {
    const i = indexOfSmallest(groups, () => true);
    const group = groups[i] as Group<Class>;
    if (group.respondents >= minimum) break;
    const before = groups[i - 1];
    const after = groups[i + 1];
    const j = before && (!after || before.respondents <= after.respondents) ? i - 1 : i + 1;
    const [first, second] = j < i ? [groups[j], group] : [group, groups[j]];
    groups.splice(Math.min(i, j), 2, {
      class: join((first as Group<Class>).class, (second as Group<Class>).class),
      categories: [...(first as Group<Class>).categories, ...(second as Group<Class>).categories],
      respondents: group.respondents + (groups[j] as Group<Class>).respondents,
      population: group.population + (groups[j] as Group<Class>).population,
    });
  }
  return groups;
}

function indexOfSmallest<G extends { respondents: number }>(
  groups: readonly G[],
  include: (group: G, index: number) => boolean,
): number {
  let smallest = -1;
  groups.forEach((group, i) => {
    if (include(group, i) && (smallest === -1 || group.respondents < (groups[smallest] as G).respondents))
      smallest = i;
  });
  return smallest;
}

function collapsed(groups: Group<WeightingClass>[]): CollapsedMargin {
  const result: CollapsedMargin = { classOf: new Map(), targets: {}, classes: new Map(), merges: [] };
  for (const group of groups) {
    const key = group.categories.join("\n");
    for (const category of group.categories) result.classOf.set(category, key);
    result.targets[key] = group.population;
    result.classes.set(key, group.class);
    if (group.categories.length > 1) result.merges.push({ ...group.class, respondents: group.respondents });
  }
  return result;
}

/**
 * Adjacent age groups (in their order) as one span, for saying which were merged:
 * ["12-17", "18-34"] → "12-34", ["65-79", "80+"] → "65+", ["35-49"] → "35-49".
 */
export function ageSpan(ageGroups: readonly string[]): string {
  const first = ageGroups[0] ?? "";
  const last = ageGroups.at(-1) ?? "";
  if (ageGroups.length < 2) return first;
  const lower = /^\d+/.exec(first)?.[0];
  const upper = /(\d+)$/.exec(last)?.[1];
  if (lower === undefined) return ageGroups.join(", ");
  if (last.endsWith("+")) return `${lower}+`;
  return upper === undefined ? ageGroups.join(", ") : `${lower}-${upper}`;
}
