import crypto from "node:crypto";

// No 0/O, 1/I/L: the code is printed on paper and typed back by staff.
const CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
const CODE_LENGTH = 8;

/**
 * A response code for a paper questionnaire or a phone call, e.g. "K7M2-Q9PX": about 40 random
 * bits, so a code nobody issued is not guessed, and nothing in it says who got the form.
 */
export function generateResponseCode(): string {
  const bytes = crypto.randomBytes(CODE_LENGTH);
  let code = "";
  for (const byte of bytes) code += CODE_ALPHABET[byte % CODE_ALPHABET.length];
  return `${code.slice(0, 4)}-${code.slice(4)}`;
}

/** Accepts what people type: lower case, spaces, missing or extra dashes; null when it cannot be a code. */
export function normalizeResponseCode(input: string): string | null {
  const compact = input.toUpperCase().replace(/[\s-]/g, "");
  if (compact.length !== CODE_LENGTH) return null;
  for (const ch of compact) if (!CODE_ALPHABET.includes(ch)) return null;
  return `${compact.slice(0, 4)}-${compact.slice(4)}`;
}
