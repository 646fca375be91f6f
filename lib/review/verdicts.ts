import type { Verdict } from "./types";

/**
 * Awb 3:50 (General Administrative Law Act): where advice is not followed, or only partly, the
 * decision must give the reasons. An explanation is then required; for an adopted point it is
 * optional.
 */
export function explanationRequired(verdict: Verdict | null | undefined): boolean {
  return verdict === "deels_overgenomen" || verdict === "niet_overgenomen";
}
