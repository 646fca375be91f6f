import { AGE_GROUPS } from "./age-groups";

/*
 * How much of a panel member's profile an anonymous response may carry, so that whoever holds the
 * whole database — the panel member list and which invitations were used included — cannot narrow
 * the response down to fewer than k members (k: the survey's disclosure threshold).
 *
 * The attributes are generalised along one fixed path, finest first:
 *   age group + sex + district  →  age group + sex  →  age group  →  nothing
 * A fixed path (a tree, not a free choice of which attribute to drop) keeps every label a clean
 * group of its own: a label never covers part of another label's members, so nobody can subtract
 * one label's responses from another's to learn more than either says. No new labels are made up
 * (no "35-64" from merging age groups): breakdowns, filters and weighting keep working on the
 * same age groups, sexes and districts, or on "unknown".
 *
 * Two moments use it (lib/results/data/anonymous-panel-attributes.ts):
 * - at completion, `safeLabelAtCompletion`: the finest label that at least k members who have
 *   answered already share, counting the respondent — so the database never holds a label fewer
 *   than k respondents match;
 * - when fieldwork closes, `coarsenLabels`: labels are generalised until every label that remains
 *   is carried by at least k responses (or by none), which is k-anonymity over what is stored.
 */

export type AttributeLabel = { ageGroup: string | null; sex: string | null; district: string | null };

export const NO_ATTRIBUTES: AttributeLabel = { ageGroup: null, sex: null, district: null };

/**
 * The label on the generalisation path: an attribute that is unknown makes every finer one
 * unknown too (a district without a sex is not on the path, so it is dropped).
 */
export function normaliseLabel(label: AttributeLabel): AttributeLabel {
  const ageGroup = label.ageGroup || null;
  const sex = ageGroup ? label.sex || null : null;
  const district = sex ? label.district || null : null;
  return { ageGroup, sex, district };
}

/** The label one step coarser on the path; nothing stays nothing. */
export function generalise(label: AttributeLabel): AttributeLabel {
  const l = normaliseLabel(label);
  if (l.district) return { ...l, district: null };
  if (l.sex) return { ...l, sex: null };
  return NO_ATTRIBUTES;
}

/** The label and every coarser one on its path, finest first, ending with nothing. */
export function generalisationPath(label: AttributeLabel): AttributeLabel[] {
  const path = [normaliseLabel(label)];
  while (labelKey(path[path.length - 1] as AttributeLabel) !== labelKey(NO_ATTRIBUTES))
    path.push(generalise(path[path.length - 1] as AttributeLabel));
  return path;
}

export function labelKey(label: AttributeLabel): string {
  const l = normaliseLabel(label);
  return [l.ageGroup ?? "", l.sex ?? "", l.district ?? ""].join("\u0001");
}

/** Whether a member with these (fine) attributes matches every attribute the label carries. */
export function matchesLabel(member: AttributeLabel, label: AttributeLabel): boolean {
  const l = normaliseLabel(label);
  return (
    (l.ageGroup === null || l.ageGroup === member.ageGroup) &&
    (l.sex === null || l.sex === member.sex) &&
    (l.district === null || l.district === member.district)
  );
}

/**
 * At completion: the finest label on the member's path that at least k respondents match,
 * `holders(label)` counting the members who have answered (this one included) and match it. When
 * even "nothing" is held by fewer than k, nothing is still what is stored: the response then
 * carries no attribute at all.
 */
export function safeLabelAtCompletion(
  member: AttributeLabel,
  holders: (label: AttributeLabel) => number,
  k: number,
): AttributeLabel {
  for (const label of generalisationPath(member)) {
    if (labelKey(label) === labelKey(NO_ATTRIBUTES)) break;
    if (holders(label) >= k) return label;
  }
  return NO_ATTRIBUTES;
}

/**
 * When fieldwork closes: the labels of one panel's anonymous responses (in any order), each
 * generalised as little as needed so that every label that remains is carried by at least k of
 * them. Returns the new labels in the same order.
 *
 * Step by step, finest attribute first: every label carried by fewer than k responses loses its
 * district, then (if still fewer than k) its sex, then its age group. What is left without any
 * attribute must itself be 0 or at least k responses — otherwise those few would be told apart
 * from everyone else by having nothing — so the smallest remaining labels join it until it is.
 * Fewer than k responses in all cannot be protected by attributes: they all carry nothing.
 */
export function coarsenLabels(labels: readonly AttributeLabel[], k: number): AttributeLabel[] {
  const current = labels.map(normaliseLabel);
  const none = labelKey(NO_ATTRIBUTES);
  // One level at a time, so a label is judged only once the finer ones have joined it.
  const levels: ((l: AttributeLabel) => boolean)[] = [
    (l) => l.district !== null,
    (l) => l.sex !== null && l.district === null,
    (l) => l.ageGroup !== null && l.sex === null,
  ];
  for (const atLevel of levels) {
    const counts = countByKey(current);
    current.forEach((label, i) => {
      if (atLevel(label) && (counts.get(labelKey(label)) ?? 0) < k) current[i] = generalise(label);
    });
  }
  for (;;) {
    const counts = countByKey(current);
    const withNothing = counts.get(none) ?? 0;
    if (withNothing === 0 || withNothing >= k) break;
    const smallest = [...counts.entries()]
      .filter(([key]) => key !== none)
      .sort(([a, n], [b, m]) => n - m || (a < b ? -1 : 1))[0];
    if (!smallest) break;
    current.forEach((label, i) => {
      if (labelKey(label) === smallest[0]) current[i] = NO_ATTRIBUTES;
    });
  }
  return current;
}

function countByKey(labels: readonly AttributeLabel[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const label of labels) {
    const key = labelKey(label);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/**
 * The birth years whose age in `year` falls in the age group (lib/panels/age-groups.ts: the age
 * reached in the calendar year), so a query can count a group's members by birth year alone.
 * Null for a label that is not one of the age groups.
 */
export function birthYearsOfAgeGroup(ageGroup: string, year: number): { from: number; to: number } | null {
  if (!(AGE_GROUPS as readonly string[]).includes(ageGroup)) return null;
  const [low, high] = ageGroup.endsWith("+")
    ? [Number(ageGroup.slice(0, -1)), 200]
    : ageGroup.split("-").map(Number);
  return { from: year - (high as number), to: year - (low as number) };
}
