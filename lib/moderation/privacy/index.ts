import { findAddresses } from "./detectors/address";
import { findBirthdates } from "./detectors/birthdate";
import { findBsns } from "./detectors/bsn";
import { findEmails } from "./detectors/email";
import { findIbans } from "./detectors/iban";
import { findNames } from "./detectors/names";
import { findPhoneNumbers } from "./detectors/phone";
import { findPostcodes } from "./detectors/postcode";
import { PLACEHOLDERS } from "./placeholders";
import { resolveOverlaps } from "./resolve-overlaps";
import type { PiiDetector, PiiFinding } from "./types";

export { PLACEHOLDERS } from "./placeholders";
export type { PiiFinding, PiiKind } from "./types";

const DETECTORS: PiiDetector[] = [
  findEmails,
  findIbans,
  findBsns,
  findPhoneNumbers,
  findPostcodes,
  findAddresses,
  findBirthdates,
  findNames,
];

/** Personal data in Dutch text, sorted by start and non-overlapping. */
export function findPersonalData(text: string): PiiFinding[] {
  return resolveOverlaps(DETECTORS.flatMap((detect) => detect(text)));
}

/**
 * The text with each finding replaced by its placeholder. Pass `findings` to apply a reviewed set
 * (accepted, edited or extended by a moderator), in any order. Where two of them overlap, the
 * earlier placeholder covers both, so no part of either span is left in the text.
 */
export function redact(text: string, findings: PiiFinding[] = findPersonalData(text)): string {
  const sorted = [...findings].sort((a, b) => a.start - b.start || b.end - a.end);
  let out = "";
  let at = 0;
  for (const f of sorted) {
    const start = Math.max(0, f.start);
    const end = Math.min(text.length, f.end);
    if (end <= start) continue;
    if (start < at) {
      at = Math.max(at, end);
      continue;
    }
    out += text.slice(at, start) + PLACEHOLDERS[f.kind];
    at = end;
  }
  return out + text.slice(at);
}
