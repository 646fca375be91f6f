import type { PiiFinding, PiiKind } from "./types";

// When two detectors claim overlapping text, the more specific kind wins at equal length:
// a checksum-verified BSN beats a phone-shaped digit run, a postcode beats a street address.
const SPECIFICITY: Record<PiiKind, number> = {
  email: 8,
  iban: 7,
  bsn: 6,
  phone: 5,
  postcode: 4,
  birthdate: 3,
  address: 2,
  name: 1,
};

/**
 * Keeps a non-overlapping subset, sorted by start: longer spans win, then the more specific kind,
 * then the earlier start.
 */
export function resolveOverlaps(findings: PiiFinding[]): PiiFinding[] {
  const ranked = [...findings].sort(
    (a, b) =>
      b.end - b.start - (a.end - a.start) || SPECIFICITY[b.kind] - SPECIFICITY[a.kind] || a.start - b.start,
  );
  const kept: PiiFinding[] = [];
  for (const finding of ranked) {
    if (finding.end <= finding.start) continue;
    if (kept.some((k) => finding.start < k.end && k.start < finding.end)) continue;
    kept.push(finding);
  }
  return kept.sort((a, b) => a.start - b.start);
}
