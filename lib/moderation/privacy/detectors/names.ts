import type { PiiFinding } from "../types";
import { FIRST_NAMES } from "../word-lists/first-names";
import { NOT_NAMES, WORDS_THAT_ARE_ALSO_NAMES } from "../word-lists/not-names";
import { SURNAMES, SURNAMES_AFTER_PARTICLE, SURNAMES_AFTER_VAN } from "../word-lists/surnames";
import {
  CAPITALISED,
  INITIALS,
  isDerivedFromPlace,
  PARTICLE,
  readNameAt,
  type Span,
  startsSentence,
  trimParticles,
} from "./name-shape";

// Words after which residents name a person: themselves, family, neighbours, professionals.
const CUE_WORDS = [
  "ik ben",
  "ik heet",
  "mijn naam is",
  "naam is",
  "naam:",
  "heet",
  "heette",
  "genaamd",
  "noemen (?:me|mij)",
  "(?:mijn|onze|m'n|haar|zijn|de|een) (?:buurman|buurvrouw|buurjongen|buurmeisje|moeder|vader|zoon|dochter|man|vrouw|broer|zus|zuster|opa|oma|kleinzoon|kleindochter|partner|vriend|vriendin|schoonmoeder|schoonvader|schoonzoon|schoondochter|neef|nicht|tante|oom|echtgenoot|echtgenote|mantelzorger|begeleider|begeleidster|hulp|collega|huisgenoot|mentor|stiefvader|stiefmoeder|kind|pleegzoon|pleegdochter|ex|buren|collega's|kinderen|vrienden|vriendinnen|zonen|dochters|kleinkinderen)",
  "mevrouw",
  "meneer",
  "mevr\\.",
  "mw\\.",
  "dhr\\.",
  "de heer",
  "dr\\.",
  "dokter",
  "zuster",
  "juf",
  "meester",
  "wijkcoach",
  "consulente?",
  "wijkverpleegkundige",
  "casemanager",
  "hulpverlener",
  "ouderenadviseur",
  "huisarts",
  "maatschappelijk werker",
  "budgetcoach",
  "schuldhulpverlener",
  "klantmanager",
  "coördinator",
  "vrijwilliger",
  "buurtbemiddelaar",
  "wijkagent",
  "praktijkondersteuner",
  "fysiotherapeut",
  "(?:met )?(?:vriendelijke )?groet(?:en|jes)?",
  // Forms of address without "mijn": "Tante Jo", "buurman Henk", "opa Kees".
  "tante",
  "oom",
  "opa",
  "oma",
  "buurman",
  "buurvrouw",
  "familie",
];
const CUE = new RegExp(
  String.raw`(?<![\p{L}])(?:${CUE_WORDS.join("|")})[,:]?\s*\(?(?=\p{Lu}|${PARTICLE}\s+\p{Lu})`,
  "giu",
);
// "mijn buurman piet": after a cue, a listed first name also counts when typed in lower case.
const CUE_LOWER = new RegExp(
  String.raw`(?<![\p{L}])(?:${CUE_WORDS.join("|")})[,:]?\s+(\p{Ll}+)(?![\p{L}])`,
  "giu",
);
const CAPITALISED_WORD = new RegExp(String.raw`(?<![\p{L}\p{N}'’-])${CAPITALISED}`, "gu");
// What may stand right before a listed surname and belongs to the name: a first name or initials,
// then a particle ("Anja de Vries", "J. van der Berg").
const BEFORE_SURNAME = new RegExp(
  String.raw`(?:(?<![\p{L}])(?!${PARTICLE}\s+$)(${INITIALS}[^\S\n]*|${CAPITALISED}[^\S\n]+)(?=${PARTICLE}[^\S\n]+$|$))?(${PARTICLE}[^\S\n]+)?$`,
  "u",
);

// "Sint Maarten", "St. Jan": saints are holidays, churches and places here, not residents.
const SAINT_BEFORE = /(?:Sint|St\.)\s+$/;
// "mijn buren Piet en Ria": a second name joined to a cued one.
const AND_NEXT = /^\s+(?:en|&)\s+(?=\p{Lu})/u;

export function findNames(text: string): PiiFinding[] {
  const spans: Span[] = [];
  for (const m of text.matchAll(CUE)) {
    const span = readNameAt(text, m.index + m[0].length);
    if (!span) continue;
    spans.push(span);
    const and = AND_NEXT.exec(text.slice(span.end));
    const next = and ? readNameAt(text, span.end + and[0].length) : null;
    if (next) spans.push(next);
  }
  for (const m of text.matchAll(CUE_LOWER)) {
    const word = m[1];
    if (word !== word.toLocaleLowerCase("nl") || WORDS_THAT_ARE_ALSO_NAMES.has(word)) continue;
    if (FIRST_NAMES.has(word))
      spans.push({ start: m.index + m[0].length - word.length, end: m.index + m[0].length });
  }
  for (const m of text.matchAll(CAPITALISED_WORD)) {
    const word = m[0].toLocaleLowerCase("nl");
    if (NOT_NAMES.has(word) || isDerivedFromPlace(word)) continue;
    if (SAINT_BEFORE.test(text.slice(Math.max(0, m.index - 6), m.index))) continue;
    const span = FIRST_NAMES.has(word) ? firstNameAt(text, m.index) : surnameAt(text, m.index, m[0]);
    if (span) spans.push(span);
  }
  return spans.map((s) => ({ kind: "name", start: s.start, end: s.end, text: text.slice(s.start, s.end) }));
}

function firstNameAt(text: string, start: number): Span | null {
  const span = readNameAt(text, start);
  if (!span) return null;
  const single = !/\s/.test(text.slice(span.start, span.end));
  const word = text.slice(start, span.end).split(/\s/)[0].toLocaleLowerCase("nl");
  // "Ben je…", "Wil je…", "Roos…": a name-word opening a sentence is a name only with a surname.
  if (single && startsSentence(text, start) && WORDS_THAT_ARE_ALSO_NAMES.has(word)) return null;
  return span;
}

function surnameAt(text: string, start: number, surname: string): Span | null {
  // A double-barrelled name is looked up by its first part: "Jansen-de Vries".
  const lower = surname.toLocaleLowerCase("nl").split("-")[0];
  const inList = SURNAMES.has(lower);
  const afterVan = SURNAMES_AFTER_VAN.has(lower);
  if (!inList && !afterVan && !SURNAMES_AFTER_PARTICLE.has(lower)) return null;
  const before = BEFORE_SURNAME.exec(text.slice(Math.max(0, start - 40), start));
  const leadWord = before?.[1];
  const particle = before?.[2];
  if (!inList && !particle) return null;
  if (!inList && afterVan && !SURNAMES_AFTER_PARTICLE.has(lower) && !/^van\s/i.test(particle ?? ""))
    return null;
  let from = start - (particle?.length ?? 0);
  if (leadWord && leadIsPartOfName(text, from - leadWord.length, leadWord)) from -= leadWord.length;
  const bare = from === start;
  if (bare && startsSentence(text, start) && WORDS_THAT_ARE_ALSO_NAMES.has(lower)) return null;
  return trimParticles(text, { start: from, end: start + surname.length });
}

// "Anja Bakker" and "J. Bakker" are one name; "Gisteren Bakker" (sentence start) and "Breda Bakker"
// are not.
function leadIsPartOfName(text: string, start: number, lead: string): boolean {
  const word = lead.trim().toLocaleLowerCase("nl");
  if (/^(?:\p{Lu}\.\s?)+$/u.test(lead.trim())) return true;
  if (NOT_NAMES.has(word)) return false;
  return FIRST_NAMES.has(word) || !startsSentence(text, start);
}
