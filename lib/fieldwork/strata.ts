import { AGE_GROUPS, type AgeGroup, ageGroupFor } from "../panels/age-groups";

/**
 * A sampling stratum: district (wijk) × age group. A member without a district (a postcode the
 * district table does not know) or without an age group still belongs somewhere, so both may be
 * null: those members form strata of their own instead of silently dropping out of the frame.
 */
export type Stratum = { district: string | null; ageGroup: AgeGroup | null };

// A unit separator cannot occur in a district name typed by an administrator.
const SEPARATOR = "\u001f";
const NONE = "";

export function stratumOf(member: { district: string | null; birthYear: number }, at: Date): Stratum {
  return { district: member.district || null, ageGroup: ageGroupFor(member.birthYear, at) };
}

/** A stable text key for a stratum, e.g. for maps and form values. */
export function stratumKey(stratum: Stratum): string {
  return `${stratum.district ?? NONE}${SEPARATOR}${stratum.ageGroup ?? NONE}`;
}

export function stratumFromKey(key: string): Stratum {
  const [district, ageGroup] = key.split(SEPARATOR);
  return {
    district: district || null,
    ageGroup: AGE_GROUPS.includes(ageGroup as AgeGroup) ? (ageGroup as AgeGroup) : null,
  };
}

/**
 * The order strata are listed and drawn in: districts alphabetically (unknown last), then age
 * groups youngest first (unknown last). Drawing in a fixed order is what makes a seed reproducible.
 */
export function compareStrata(a: Stratum, b: Stratum): number {
  if (a.district !== b.district) {
    if (a.district === null) return 1;
    if (b.district === null) return -1;
    return a.district < b.district ? -1 : 1;
  }
  return ageRank(a.ageGroup) - ageRank(b.ageGroup);
}

function ageRank(group: AgeGroup | null): number {
  return group === null ? AGE_GROUPS.length : AGE_GROUPS.indexOf(group);
}
