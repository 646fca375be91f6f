import { randomInt } from "node:crypto";

/**
 * The letters a short code is made of: digits and lower-case letters without those people mix up
 * when they type a code from a poster or letter (0/o, 1/l/i). 31 signs, 6 places: about 887
 * million codes, so a guessed code rarely names a survey, and a survey's code is never its slug.
 */
export const SHORT_CODE_ALPHABET = "23456789abcdefghjkmnpqrstuvwxyz";
export const SHORT_CODE_LENGTH = 6;

/** A new random short code; `pick(n)` gives a whole number below n (a test passes its own). */
export function newShortCode(pick: (n: number) => number = randomInt): string {
  let code = "";
  for (let i = 0; i < SHORT_CODE_LENGTH; i += 1)
    code += SHORT_CODE_ALPHABET[pick(SHORT_CODE_ALPHABET.length)];
  return code;
}

/**
 * The code as stored, from what a person typed: capitals, spaces and dashes forgiven. Null when it
 * cannot be a code (then no lookup is needed).
 */
export function normalizeShortCode(typed: string): string | null {
  const code = typed.toLowerCase().replace(/[\s-]/g, "");
  if (code.length !== SHORT_CODE_LENGTH) return null;
  for (const sign of code) if (!SHORT_CODE_ALPHABET.includes(sign)) return null;
  return code;
}

/** Where a short code leads on the site: `/k/<code>` (app/k/[code]/route.ts). */
export function shortLinkPath(code: string): string {
  return `/k/${code}`;
}
