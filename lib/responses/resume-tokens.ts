import crypto from "node:crypto";

/** 128 random bits: the resume link's token, unguessable. */
export function generateResumeToken(): string {
  return crypto.randomBytes(16).toString("base64url");
}

// No 0/O, 1/I/L: the code is read from paper and typed back by people.
const CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
const CODE_LENGTH = 10;

/** A short code a respondent can write down, e.g. "K7M2Q-9PXHT" (about 49 bits; guessing is rate-limited). */
export function generateResumeCode(): string {
  const bytes = crypto.randomBytes(CODE_LENGTH);
  let code = "";
  for (const byte of bytes) code += CODE_ALPHABET[byte % CODE_ALPHABET.length];
  return `${code.slice(0, 5)}-${code.slice(5)}`;
}

/** Accepts what people type: lower case, spaces, missing or extra dashes. */
export function normalizeResumeCode(input: string): string | null {
  const compact = input.toUpperCase().replace(/[\s-]/g, "");
  if (compact.length !== CODE_LENGTH) return null;
  for (const ch of compact) if (!CODE_ALPHABET.includes(ch)) return null;
  return `${compact.slice(0, 5)}-${compact.slice(5)}`;
}

export function isResumeToken(value: unknown): value is string {
  return typeof value === "string" && /^[A-Za-z0-9_-]{22}$/.test(value);
}

/** Tokens and codes are stored only as hashes: a copy of the database does not open anyone's answers. */
export function hashSecret(value: string): string {
  return crypto.createHash("sha256").update(value).digest("hex");
}
