import type { PiiFinding } from "../types";

// Lengths from the SWIFT IBAN registry for the countries residents are likely to mention; other
// countries are accepted at any registry length (15–34) when the checksum holds.
const IBAN_LENGTH: Record<string, number> = {
  NL: 18,
  BE: 16,
  DE: 22,
  FR: 27,
  LU: 20,
  GB: 22,
  ES: 24,
  IT: 27,
  PT: 25,
  AT: 20,
  CH: 21,
  PL: 28,
  TR: 26,
  MA: 28,
  DK: 18,
  IE: 22,
};

// Country code, check digits, then the account: in one piece ("NL91ABNA0417164300") or in groups
// of four as printed on cards and statements ("NL91 ABNA 0417 1643 00"), sometimes with a space
// after the country ("NL 91 …"). Case-insensitive because people type "nl91abna…"; the groups of
// four keep ordinary words out ("is 91 en staat nog elke dag" is no candidate).
const CANDIDATE =
  /(?<![\p{L}\p{N}])[A-Z]{2} ?\d{2}(?:[A-Z0-9]{11,30}| ?[A-Z0-9]{4}(?: [A-Z0-9]{4}){1,7}(?: [A-Z0-9]{1,3})?)(?![\p{L}\p{N}])/giu;

/** ISO 13616 check: move the first four characters to the end, letters to 10..35, mod 97 is 1. */
export function hasValidIbanChecksum(iban: string): boolean {
  const compact = iban.replace(/\s/g, "").toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(compact)) return false;
  const rearranged = compact.slice(4) + compact.slice(0, 4);
  let remainder = 0;
  for (const char of rearranged) {
    const value = char >= "A" ? String(char.charCodeAt(0) - 55) : char;
    for (const digit of value) remainder = (remainder * 10 + Number(digit)) % 97;
  }
  return remainder === 1;
}

function isIban(compact: string): boolean {
  const expected = IBAN_LENGTH[compact.slice(0, 2)];
  if (expected !== undefined && compact.length !== expected) return false;
  if (compact.startsWith("NL") && !/^NL\d{2}[A-Z]{4}\d{10}$/.test(compact)) return false;
  return hasValidIbanChecksum(compact);
}

export function findIbans(text: string): PiiFinding[] {
  const findings: PiiFinding[] = [];
  const candidate = new RegExp(CANDIDATE.source, CANDIDATE.flags);
  for (let m = candidate.exec(text); m !== null; m = candidate.exec(text)) {
    // The candidate may run on into the next words ("NL91ABNA0417164300 en NL…"): try shorter
    // ends at a space, and scan on right after an IBAN that is found.
    for (let end = m[0].length; end >= 15; end--) {
      const piece = m[0].slice(0, end);
      const next = m[0][end];
      if (piece.endsWith(" ") || (next !== undefined && next !== " ")) continue;
      if (isIban(piece.replace(/ /g, "").toUpperCase())) {
        findings.push({ kind: "iban", start: m.index, end: m.index + end, text: piece });
        candidate.lastIndex = m.index + end;
        break;
      }
    }
    if (candidate.lastIndex === m.index + m[0].length) candidate.lastIndex = m.index + 1;
  }
  return findings;
}
