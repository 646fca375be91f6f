import type { PiiFinding } from "../types";
import { FIRST_NAMES } from "../word-lists/first-names";

// Endings of Dutch street names. Left out on purpose: endings that are also common words
// ("-ring" as in "vergadering", "-dam", "-haven", "-berg", "-veld").
const STREET_ENDINGS = [
  "straat",
  "laan",
  "weg",
  "plein",
  "singel",
  "gracht",
  "dreef",
  "hof",
  "kade",
  "pad",
  "steeg",
  "dijk",
  "markt",
  "baan",
  "plantsoen",
  "park",
  "wal",
  "akker",
  "hoeve",
  "donk",
  "boulevard",
  "promenade",
  "allee",
  "erf",
  "gang",
  "oord",
  "wei",
  "zoom",
  // "Kerkstr. 12"
  "str",
];
const WORD = String.raw`\p{Lu}[\p{L}'’]*`;
// Words that may stand before the street word: more capitalised words ("Prins Bernhardlaan"),
// abbreviations ("Burg.", "St.", "Dr."), name particles ("Jan van Galenstraat", "Laan van ...").
const LEAD = String.raw`(?:(?:${WORD}\.?|van|de|der|den|het|'t|ter|ten|te)\s+){0,3}`;
const HOUSE = String.raw`\d{1,4}(?:\s?-\s?\d{1,4}|\s?-?\s?[a-zA-Z](?![\p{L}])|\s(?:hs|bis|I{1,3})(?![\p{L}]))?`;
const STREET_WITH_NUMBER = new RegExp(
  String.raw`(?<![\p{L}\p{N}])${LEAD}(${WORD}(?:-${WORD})?\.?)\s+(?:nr\.?\s*|nummer\s+)?${HOUSE}(?![\p{N}]|[.,:]\d)`,
  "gu",
);
// A street name without a telltale ending after "wonend aan de", "woon op de": "Hoge Ham 12".
const AFTER_LIVING_CUE = new RegExp(
  String.raw`(?<=(?<![\p{L}])(?:[Ww]oon|[Ww]oont|[Ww]onen|[Ww]onend|[Ww]oonde|[Aa]dres is|[Aa]dres:|[Vv]erhuisd naar)\s+(?:(?:aan|op)\s+)?(?:(?:de|het|'t)\s+)?)(?:${WORD}\s+){0,2}${WORD}\s+${HOUSE}(?![\p{N}]|[.,:]\d)`,
  "gu",
);
const YEAR = /\s(?:19|20)\d{2}$/;
const TIME_UNIT_AFTER =
  /^\s*(?:jaar|jaren|weken|week|maanden|maand|dagen|dag|uur|minuten|keer|euro|procent|%)/i;

// Words that stand before the street word in Dutch street names: titles ("Burgemeester de
// Bruijnlaan", "Prins Bernhardlaan", "Dr. Schaepmanstraat"), first names ("Jan van Galenstraat"),
// particles and adjectives ("Oude Kerkstraat"). Other capitalised words before a street ("Adres
// Kerkstraat 12", "Buurman Kerkstraat 12") are not part of it.
const STREET_LEAD_WORDS = new Set(
  `prins prinses koning koningin burgemeester burg burgem pastoor kardinaal graaf gravin hertog
   generaal kapitein professor prof dokter dr mr ir pater jhr sint st heilige van de der den het 't
   ter ten te oude nieuwe lange korte hoge lage kleine grote eerste tweede noord zuid oost west
   noordelijke zuidelijke oostelijke westelijke achter voor binnen buiten`.split(/\s+/),
);

function isStreetLeadWord(word: string): boolean {
  const lower = word.replace(/\.$/, "").toLocaleLowerCase("nl");
  return STREET_LEAD_WORDS.has(lower) || FIRST_NAMES.has(lower);
}

/** The matched street with leading words dropped until only street-name words lead. */
function trimLead(matched: string, street: string): string {
  const streetAt = matched.lastIndexOf(street, matched.length - 1);
  const lead = matched.slice(0, streetAt).split(/\s+/).filter(Boolean);
  let keep = lead.length;
  while (keep > 0 && isStreetLeadWord(lead[keep - 1])) keep--;
  // Never start on a bare particle: "aan de Kerkstraat 4" is "Kerkstraat 4".
  let words = lead.slice(keep);
  while (words.length > 0 && /^(?:van|de|der|den|het|'t|ter|ten|te)$/.test(words[0])) words = words.slice(1);
  return [...words, matched.slice(streetAt)].join(" ");
}

function endsLikeStreet(word: string): boolean {
  const lower = word.toLowerCase().replace(/\.$/, "");
  return STREET_ENDINGS.some((ending) => lower.endsWith(ending));
}

export function findAddresses(text: string): PiiFinding[] {
  const findings: PiiFinding[] = [];
  const add = (start: number, matched: string, trimmed: string) => {
    const end = start + matched.length;
    // "Zomerkamp 2024", "Kerkpad 3 jaar geleden": a year or a count, not a house number.
    if (YEAR.test(trimmed) || TIME_UNIT_AFTER.test(text.slice(end))) return;
    findings.push({ kind: "address", start: end - trimmed.length, end, text: trimmed });
  };
  for (const m of text.matchAll(STREET_WITH_NUMBER)) {
    if (endsLikeStreet(m[1])) add(m.index, m[0], trimLead(m[0], m[1]));
  }
  for (const m of text.matchAll(AFTER_LIVING_CUE)) add(m.index, m[0], m[0]);
  return findings;
}
