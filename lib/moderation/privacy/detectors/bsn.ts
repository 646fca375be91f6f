import type { PiiFinding } from "../types";

// Nine digits, plain or grouped as written on letters and passes: 123456782, 123.456.782,
// 123 456 782, 1234.56.782, 1234 56 782. Not inside a longer number or an amount.
const NINE_DIGITS =
  /(?<![\p{L}\p{N}.,€-]|€\s)(?:\d{9}|\d{3}([ .])\d{3}\1\d{3}|\d{4}([ .])\d{2}\2\d{3})(?![\p{L}\p{N}]|[.,]\d)/gu;
// Eight digits are a BSN with its leading zero dropped, but only when the text says it is one:
// an eight-digit number alone is too often something else (a date 01011980, a case number).
const EIGHT_DIGITS = /(?<![\p{L}\p{N}.,€-])\d{8}(?![\p{L}\p{N}]|[.,]\d)/gu;
const BSN_CUE = /(?:bsn|burgerservicenummer|sofi-?nummer)[^\p{L}\p{N}]{0,12}(?:(?:is|was|nummer)\s+)?$/iu;
const AMOUNT_AFTER = /^\s*(?:euro|eur)\b/i;

/** The 11-test ("elfproef") for a BSN: 9·d1 + 8·d2 + … + 2·d8 − 1·d9 is a multiple of 11, not 0. */
export function passesElevenTest(digits: string): boolean {
  if (!/^\d{9}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += (9 - i) * Number(digits[i]);
  sum -= Number(digits[8]);
  return sum !== 0 && sum % 11 === 0;
}

export function findBsns(text: string): PiiFinding[] {
  const findings: PiiFinding[] = [];
  for (const m of text.matchAll(NINE_DIGITS)) {
    const after = text.slice(m.index + m[0].length);
    if (AMOUNT_AFTER.test(after)) continue;
    if (passesElevenTest(m[0].replace(/\D/g, ""))) findings.push(finding(m[0], m.index));
  }
  for (const m of text.matchAll(EIGHT_DIGITS)) {
    const before = text.slice(Math.max(0, m.index - 40), m.index);
    if (BSN_CUE.test(before) && passesElevenTest(`0${m[0]}`)) findings.push(finding(m[0], m.index));
  }
  return findings;
}

function finding(text: string, start: number): PiiFinding {
  return { kind: "bsn", start, end: start + text.length, text };
}
