/*
 * Dutch postcodes: four digits (the first not 0) and two letters, written "1234 AB". PostNL does
 * not issue the letter pairs SA, SD and SS (they recall the occupation years), so those are refused.
 * Pure: shared by forms, the CSV import and the data functions.
 */

const POSTCODE = /^([1-9][0-9]{3})\s?([A-Za-z]{2})$/;
const UNISSUED_LETTERS = new Set(["SA", "SD", "SS"]);
const POSTCODE4 = /^[1-9][0-9]{3}$/;

/** "1234ab", " 1234 AB " → "1234 AB"; null when it is not a Dutch postcode. */
export function normalizePostcode(input: string): string | null {
  const match = POSTCODE.exec(input.trim());
  if (!match) return null;
  const letters = (match[2] as string).toUpperCase();
  if (UNISSUED_LETTERS.has(letters)) return null;
  return `${match[1]} ${letters}`;
}

export function isPostcode(input: string): boolean {
  return normalizePostcode(input) !== null;
}

/** The four digits of a postcode (the key of the district table); null when it is not a postcode. */
export function postcode4(input: string): string | null {
  return normalizePostcode(input)?.slice(0, 4) ?? null;
}

/** Four digits, as the district table stores them ("4901"). */
export function isPostcode4(input: string): boolean {
  return POSTCODE4.test(input.trim());
}
