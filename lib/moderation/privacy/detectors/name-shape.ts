import { NOT_NAME_PHRASES, NOT_NAMES } from "../word-lists/not-names";
import { PARTICLES } from "../word-lists/surnames";

// The shape of a written name: initials, capitalised words and surname particles. Used by the name
// detector to read a name forward from a cue word or a listed name, and backwards from a surname.

const particleAlternatives = PARTICLES.map((p) =>
  p
    .split(" ")
    .map((w) => `[${w[0].toUpperCase()}${w[0]}]${w.slice(1).replace("'", "['’]")}`)
    .join("\\s+"),
).join("|");

/** A capitalised word with at least one lower-case letter after it (so not "GGD", not "WMO"). */
// Also double-barrelled: "Jansen-de Vries", "Dekker-van Leeuwen", "Anne-Marie".
export const CAPITALISED = String.raw`\p{Lu}[\p{Ll}'’]*\p{Ll}(?:-(?:(?:van|de|der|den|ter|ten|te)\s+)*\p{Lu}[\p{Ll}'’]*\p{Ll})?`;
export const PARTICLE = `(?:${particleAlternatives})`;
export const INITIALS = String.raw`(?:\p{Lu}\.\s?){1,4}`;

// Initials, an optional particle, then up to four capitalised words with particles between them.
// Within one line: a name does not run on into the next line of an answer.
const GAP = String.raw`[^\S\n]+`;
const NAME_FORWARD = new RegExp(
  String.raw`(?:${INITIALS}[^\S\n]*)?(?:${PARTICLE}${GAP})?${CAPITALISED}(?:${GAP}(?:${PARTICLE}${GAP})?${CAPITALISED}){0,3}(?![\p{L}\p{N}])`,
  "uy",
);
const TITLE = /^(?:(?:dr|drs|mr|ir|ing|prof|dhr|mevr|mw|hr|fam)\.\s*)+/i;
const PARTICLE_ONLY = new RegExp(`^(?:${PARTICLE})$`, "u");
const WORD_IN_NAME = /[\p{L}'’.-]+/gu;
const STREET_WORD = /(?:straat|laan|weg|plein|singel|gracht|dreef|kade|dijk|steeg|markt|park)$/i;

const PLACE_DERIVATION = /(?:er|ers|se|s|naar|enaar|aar)$/;

/** "Oosterhouter", "Bredase", "Tilburgers": words made from a place name are no names. */
export function isDerivedFromPlace(lowerWord: string): boolean {
  const suffix = PLACE_DERIVATION.exec(lowerWord);
  if (!suffix) return false;
  for (let cut = suffix[0].length; cut >= 1; cut--) {
    if (NOT_NAMES.has(lowerWord.slice(0, -cut))) return true;
  }
  return false;
}

export type Span = { start: number; end: number };

/**
 * The name that begins at `start`, cut before the first word that is a place, an organisation,
 * a month and the like; null when nothing name-like is left. A name that runs into a street name
 * ("Willem de Zwijgerstraat") is no name at all.
 */
export function readNameAt(text: string, from: number): Span | null {
  // A title is no part of the name itself: "huisarts Dr. Visser" names Visser, "Fam. Janssens" Janssens.
  const start = from + (TITLE.exec(text.slice(from))?.[0].length ?? 0);
  NAME_FORWARD.lastIndex = start;
  const m = NAME_FORWARD.exec(text);
  if (!m) return null;
  let end = start;
  const words = Array.from(m[0].matchAll(WORD_IN_NAME));
  for (const word of words) {
    const bare = word[0].replace(/[.'’]+$/, "").toLocaleLowerCase("nl");
    if (STREET_WORD.test(bare)) return null;
    if (NOT_NAMES.has(bare) || isDerivedFromPlace(bare)) break;
    end = start + word.index + word[0].length;
  }
  return trimParticles(text, { start, end });
}

/** Drops particles and spaces at the end ("Piet van" → "Piet"); null when no name word remains. */
export function trimParticles(text: string, span: Span): Span | null {
  const words = Array.from(text.slice(span.start, span.end).matchAll(/\S+/g));
  while (words.length > 0 && isParticleWord(words, words.length - 1)) words.pop();
  if (words.length === 0) return null;
  const last = words[words.length - 1];
  const result = { start: span.start, end: span.start + last.index + last[0].length };
  const phrase = text.slice(result.start, result.end).toLocaleLowerCase("nl");
  for (const stop of NOT_NAME_PHRASES) if (phrase === stop || phrase.endsWith(` ${stop}`)) return null;
  const hasNameWord = words.some((w) => /^\p{Lu}[\p{Ll}'’]*\p{Ll}/u.test(w[0]));
  return hasNameWord ? result : null;
}

function isParticleWord(words: RegExpMatchArray[], i: number): boolean {
  const w = words[i][0];
  if (PARTICLE_ONLY.test(w)) return true;
  return i > 0 && PARTICLE_ONLY.test(`${words[i - 1][0]} ${w}`);
}

/** True when the word at `index` opens a sentence (or the text), so its capital says nothing. */
export function startsSentence(text: string, index: number): boolean {
  const before = text.slice(Math.max(0, index - 8), index);
  if (/^[\s"'“‘(-]*$/u.test(text.slice(0, index))) return true;
  return /[.!?:;\n…]["'”’)]?\s*["'“‘(-]?\s*$/u.test(before);
}
