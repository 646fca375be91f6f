import type { PiiFinding } from "../types";

const MONTH =
  "januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|(?:jan|feb|febr|mrt|apr|jun|jul|aug|sep|sept|okt|nov|dec)\\.?";
// Dates as residents write them: 12-03-1954, 3/9/60, 1.1.1980, 1980-01-01, 3 maart 1960, 12 mrt. '54,
// and without a year ("jarig op 12 maart").
const DATE = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:(?:[0-3]?\d)\s?([-/.])\s?[01]?\d\s?\1\s?(?:(?:19|20)\d{2}|'?\d{2})|(?:19|20)\d{2}-[01]\d-[0-3]\d|[0-3]?\d(?:e|ste|de)?\s+(?:${MONTH})(?:\s+(?:(?:19|20)\d{2}|'\d{2}))?)(?![\p{L}\p{N}])`,
  "giu",
);
// The date is someone's birth date only when the words around it say so.
const CUE_BEFORE =
  /(?:geboren|geb\.|geboortedatum|geboortedag|geboortedatum\s*:|verjaardag|jarig|born|°)[^.!?\n]{0,25}$/iu;
// "ik ben van 4 april 1947": how people say when they were born.
const BORN_IN = /(?:ben|is|zijn|was)\s+van\s*$/iu;
const CUE_AFTER = /^[^.!?\n]{0,25}(?:geboren|geboortedatum|verjaardag|jarig)/iu;

export function findBirthdates(text: string): PiiFinding[] {
  const findings: PiiFinding[] = [];
  for (const m of text.matchAll(DATE)) {
    const end = m.index + m[0].length;
    const before = text.slice(Math.max(0, m.index - 60), m.index);
    const after = text.slice(end, end + 60);
    if (!isCalendarDate(m[0])) continue;
    if (CUE_BEFORE.test(before) || BORN_IN.test(before) || CUE_AFTER.test(after)) {
      findings.push({ kind: "birthdate", start: m.index, end, text: m[0] });
    }
  }
  return findings;
}

function isCalendarDate(date: string): boolean {
  const numeric = /^(\d{1,2})\s?[-/.]\s?(\d{1,2})/.exec(date);
  if (numeric)
    return (
      Number(numeric[1]) >= 1 &&
      Number(numeric[1]) <= 31 &&
      Number(numeric[2]) >= 1 &&
      Number(numeric[2]) <= 12
    );
  const iso = /^\d{4}-(\d{2})-(\d{2})$/.exec(date);
  if (iso) return Number(iso[1]) >= 1 && Number(iso[1]) <= 12 && Number(iso[2]) >= 1 && Number(iso[2]) <= 31;
  const day = Number(/^\d{1,2}/.exec(date)?.[0]);
  return day >= 1 && day <= 31;
}
