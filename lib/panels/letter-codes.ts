import crypto from "node:crypto";
import { formatLetterCode, LETTER_CODE_ALPHABET, LETTER_CODE_LENGTH } from "./letter-code-format";

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

export {
  formatLetterCode,
  LETTER_CODE_ALPHABET,
  LETTER_CODE_BITS,
  LETTER_CODE_LENGTH,
  MAX_LETTER_CODE_BATCH,
  normalizeLetterCode,
} from "./letter-code-format";

/** A new code, grouped for reading: "7KQ2-M9XH-4TNB". */
export function generateLetterCode(randomBytes: (n: number) => Buffer = crypto.randomBytes): string {
  const bytes = randomBytes(LETTER_CODE_LENGTH);
  let code = "";
  // 32 divides 256: the low five bits of a random byte are uniform, so no symbol is favoured.
  for (const byte of bytes) code += LETTER_CODE_ALPHABET[byte & 31];
  return formatLetterCode(code);
}

/** The stored form: SHA-256 of the canonical code, so a copy of the database holds no usable code. */
export function hashLetterCode(canonical: string): string {
  return crypto.createHash("sha256").update(`letter-code:${canonical}`).digest("hex");
}

/** Salt for sealing codes (lib/crypto/seal.ts) so a batch's CSV can be downloaded again. */
export const LETTER_CODE_SEAL_SALT = "panel-letter-code";
