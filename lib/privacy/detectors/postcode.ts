import type { PiiFinding } from "../types";

// A Dutch postcode (four digits, not starting with 0, two capitals; SA, SD and SS are never issued)
// and, when it follows, the house number: "1234 AB 12", "1234AB 12a", "4901 AB, nr 5",
// "4901 AB huisnummer 5". Lower-case letters only when written against the digits ("4901ab"),
// since "2024 en" is a year followed by a word.
const POSTCODE =
  /(?<![\p{L}\p{N}€.,-])[1-9]\d{3}(?:\s?(?!SA|SD|SS)[A-Z]{2}|(?!sa|sd|ss)[a-z]{2})(?![\p{L}\p{N}])/gu;
const HOUSE_NUMBER =
  /^(?:,?\s*(?:(?:huis)?(?:nr|nummer)\.?:?\s*)?|\s*-\s*)(\d{1,5}(?:\s?-\s?\d{1,4}|\s?[a-zA-Z](?![\p{L}])|\s(?:hs|bis|I{1,3})(?![\p{L}]))?)(?![\p{N}]|[.,]\d)/u;
const YEAR_LIKE = /^(?:19|20)\d{2}\s[A-Z]{2}$/;
const POSTCODE_CUE = /postcode|adres|woon|wonend|\d{1,4}[a-z]?,?\s*$/i;

export function findPostcodes(text: string): PiiFinding[] {
  const findings: PiiFinding[] = [];
  for (const m of text.matchAll(POSTCODE)) {
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
