import crypto from "node:crypto";

/*
 * Invitation-letter codes: printed on a letter to a random sample of residents and typed back at
 * /panel/aanmelden. Pure (no database): generation, normalisation of what people type, and the
 * hash the database stores.
 *
 * Crockford's base32 alphabet: 32 symbols without I, L, O and U, so 12 characters carry exactly
 * 60 random bits. What people confuse on paper is read back the way they meant it: O is 0, I and
 * L are 1. With guessing rate-limited per client and at most a few tens of thousands of codes
 * out, a guess has about one chance in 10^13 of hitting a code.
 */

export const LETTER_CODE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
export const LETTER_CODE_LENGTH = 12;
const GROUP = 4;
/** Random bits in one code: 12 × log2(32). */
export const LETTER_CODE_BITS = LETTER_CODE_LENGTH * 5;

/** Letters people type for a symbol that looks the same (Crockford's decoding rules). */
const LOOK_ALIKES: Record<string, string> = { O: "0", I: "1", L: "1" };

/** A new code, grouped for reading: "7KQ2-M9XH-4TNB". */
export function generateLetterCode(randomBytes: (n: number) => Buffer = crypto.randomBytes): string {
  const bytes = randomBytes(LETTER_CODE_LENGTH);
  let code = "";
  // 32 divides 256: the low five bits of a random byte are uniform, so no symbol is favoured.
  for (const byte of bytes) code += LETTER_CODE_ALPHABET[byte & 31];
  return formatLetterCode(code);
}

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

/** The stored form: SHA-256 of the canonical code, so a copy of the database holds no usable code. */
export function hashLetterCode(canonical: string): string {
  return crypto.createHash("sha256").update(`letter-code:${canonical}`).digest("hex");
}

/** Salt for sealing codes (lib/respondent/resume-seal.ts) so a batch's CSV can be downloaded again. */
export const LETTER_CODE_SEAL_SALT = "panel-letter-code";

/** Batches are for one mailing; 20,000 letters is a large municipal sample. */
export const MAX_LETTER_CODE_BATCH = 20_000;
