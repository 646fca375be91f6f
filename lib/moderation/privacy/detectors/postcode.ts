import type { PiiFinding } from "../types";

// A Dutch postcode (four digits, not starting with 0, two capitals; SA, SD and SS are never issued)
// and, when it follows, the house number: "1234 AB 12", "1234AB 12a", "4901 AB, nr 5",
// "4901 AB huisnummer 5", "4901AB12". Lower-case letters only when written against the digits ("4901ab"),
// since "2024 en" is a year followed by a word.
const POSTCODE =
  /(?<![\p{L}\p{N}€.,-])[1-9]\d{3}(?:\s?(?!SA|SD|SS)[A-Z]{2}|(?!sa|sd|ss)[a-z]{2})(?![\p{L}])/gu;
const HOUSE_NUMBER =
  /^(?:,?\s*(?:(?:huis)?(?:nr|nummer)\.?:?\s*)?|\s*-\s*)(\d{1,5}(?:\s?-\s?\d{1,4}|\s?-?\s?[a-zA-Z](?![\p{L}])|\s(?:hs|bis|I{1,3})(?![\p{L}]))?)(?![\p{N}]|[.,]\d)/u;
// "4901 ab 12": lower-case letters apart from the digits only with a house number after them, and
// not when the letters are a word ("2024 en 12", "1500 op 3").
const SPACED_LOWER = /(?<![\p{L}\p{N}€.,-])[1-9]\d{3} (?!sa|sd|ss)([a-z]{2})(?= \d{1,5}(?![\p{N}]|[.,]\d))/gu;
const TWO_LETTER_WORDS = new Set([
  "en",
  "de",
  "op",
  "in",
  "te",
  "of",
  "om",
  "is",
  "al",
  "na",
  "ik",
  "nu",
  "zo",
  "er",
  "ze",
  "we",
  "je",
  "ja",
  "nee",
  "uw",
  "ca",
  "bv",
  "eo",
  "pm",
]);
const YEAR_LIKE = /^(?:19|20)\d{2}\s[A-Z]{2}$/;
const POSTCODE_CUE = /postcode|adres|woon|wonend|\d{1,4}[a-z]?,?\s*$/i;

export function findPostcodes(text: string): PiiFinding[] {
  const findings: PiiFinding[] = [];
  const spacedLower = Array.from(text.matchAll(SPACED_LOWER)).filter(
    (m) => !TWO_LETTER_WORDS.has(m[1]) && !/^(?:19|20)/.test(m[0]),
  );
  for (const m of [...text.matchAll(POSTCODE), ...spacedLower]) {
    const before = text.slice(Math.max(0, m.index - 40), m.index);
    // "in 2024 EU-geld", "2025 GGD": a year and an abbreviation look like a postcode; take those
    // only when the text is about an address.
    if (YEAR_LIKE.test(m[0]) && !POSTCODE_CUE.test(before)) continue;
    let end = m.index + m[0].length;
    const house = HOUSE_NUMBER.exec(text.slice(end));
    if (house) end += house[0].length;
    findings.push({ kind: "postcode", start: m.index, end, text: text.slice(m.index, end) });
  }
  return findings;
}
