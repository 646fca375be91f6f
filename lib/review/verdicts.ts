import type { Verdict as StoredVerdict } from "@/db/schema/review";

/*
 * The three answers to an advice point. Kept here (and checked equal to the database's list) so
 * client forms need not import the database schema.
 */
export const VERDICT_OPTIONS = ["overgenomen", "deels_overgenomen", "niet_overgenomen"] as const;
export type Verdict = (typeof VERDICT_OPTIONS)[number];

type Missing = Exclude<StoredVerdict, Verdict> | Exclude<Verdict, StoredVerdict>;
const _sameAsDatabase: Missing extends never ? true : Missing = true;
void _sameAsDatabase;

/**
 * Awb 3:50 (General Administrative Law Act): where advice is not followed, or only partly, the
 * decision must give the reasons. An explanation is then required; for an adopted point it is
 * optional.
 */
export function explanationRequired(verdict: Verdict | null | undefined): boolean {
  return verdict === "deels_overgenomen" || verdict === "niet_overgenomen";
}
