/*
 * Invitation-letter codes as people read and type them: the alphabet, the grouping and the
 * normalisation of what someone typed. Kept apart from lib/panels/letter-codes.ts (generation and
 * hashing, which need node:crypto) because the sign-up form's schema runs in the browser too:
 * importing node:crypto there put a 470 KB crypto polyfill in the page, whose `Function(…)` probe
 * the Content-Security-Policy refuses. See lib/panels/letter-codes.ts for why this alphabet.
 */

export const LETTER_CODE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
export const LETTER_CODE_LENGTH = 12;
const GROUP = 4;
/** Random bits in one code: 12 × log2(32). */
export const LETTER_CODE_BITS = LETTER_CODE_LENGTH * 5;

/** Letters people type for a symbol that looks the same (Crockford's decoding rules). */
const LOOK_ALIKES: Record<string, string> = { O: "0", I: "1", L: "1" };

/** "7KQ2M9XH4TNB" → "7KQ2-M9XH-4TNB". */
export function formatLetterCode(compact: string): string {
  const groups: string[] = [];
  for (let i = 0; i < compact.length; i += GROUP) groups.push(compact.slice(i, i + GROUP));
  return groups.join("-");
}

/**
 * What a person typed, as the canonical code ("7KQ2-M9XH-4TNB"), or null when it cannot be a
 * code. Case, spaces, dashes and dots are ignored; O, I and L are read as 0, 1 and 1.
 */
export function normalizeLetterCode(input: string): string | null {
  const compact = input
    .toUpperCase()
    .replace(/[\s\-._–—]/g, "")
    .replace(/[OIL]/g, (ch) => LOOK_ALIKES[ch] ?? ch);
  if (compact.length !== LETTER_CODE_LENGTH) return null;
  for (const ch of compact) if (!LETTER_CODE_ALPHABET.includes(ch)) return null;
  return formatLetterCode(compact);
}

/** Batches are for one mailing; 20,000 letters is a large municipal sample. */
export const MAX_LETTER_CODE_BATCH = 20_000;
