import { findEmails } from "./detectors/email";
import { PLACEHOLDERS } from "./placeholders";
import { resolveOverlaps } from "./resolve-overlaps";
import type { PiiDetector, PiiFinding } from "./types";

export { PLACEHOLDERS } from "./placeholders";
export type { PiiFinding, PiiKind } from "./types";

const DETECTORS: PiiDetector[] = [findEmails];

/** Personal data in Dutch text, sorted by start and non-overlapping. */
export function findPersonalData(text: string): PiiFinding[] {
  return resolveOverlaps(DETECTORS.flatMap((detect) => detect(text)));
}

/**
 * The text with each finding replaced by its placeholder. Pass `findings` to apply a reviewed set
 * (accepted, edited or extended by a moderator); they may be unsorted but must not overlap.
 */
export function redact(text: string, findings: PiiFinding[] = findPersonalData(text)): string {
  const sorted = [...findings].sort((a, b) => a.start - b.start);
  let out = "";
  let at = 0;
  for (const f of sorted) {
    if (f.start < at) continue;
    out += text.slice(at, f.start) + PLACEHOLDERS[f.kind];
    at = f.end;
  }
  return out + text.slice(at);
}
