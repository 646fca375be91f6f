import {
  type AnswerErrorCode,
  type AnswerErrorParams,
  type AnswerValue,
  OTHER_MAX_LENGTH,
} from "./answer-types";
import { renderedOptionValues } from "./dom-ids";
import { DONT_KNOW_VALUE, OTHER_VALUE } from "./reserved-values";
import type { Question } from "./schema";

/*
 * Turns one question's form value into its stored answer, or into issues whose `path` is the
 * form path below the question (e.g. ["choice"], ["other"], [statementId], [optionValue]).
 * Kept free of server-only imports: the browser runs this through zodResolver.
 */

export type FormValueIssue = { path: string[]; code: AnswerErrorCode; params?: AnswerErrorParams };
export type ParsedFormValue =
  | { ok: true; answer: AnswerValue | undefined }
  | { ok: false; issues: FormValueIssue[] };

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

const issue = (code: AnswerErrorCode, path: string[] = [], params?: AnswerErrorParams): FormValueIssue =>
  params ? { path, code, params } : { path, code };

/** undefined when the value is not a string (or absent → ""). */
function asString(v: unknown): string | undefined {
  if (v === undefined || v === null) return "";
  if (typeof v === "number" && Number.isFinite(v)) return String(v);
  return typeof v === "string" ? v : undefined;
}

/** Browsers post textarea line breaks as CRLF but count them as one character for maxlength. */
const normaliseText = (s: string) => s.replace(/\r\n?/g, "\n").trim();

function checkOther(raw: unknown, path: string[], issues: FormValueIssue[]): string | undefined {
  const other = asString(raw);
  if (other === undefined) {
    issues.push(issue("invalid", path));
    return undefined;
  }
  const text = normaliseText(other);
  if (text === "") issues.push(issue("other_required", path));
  else if (text.length > OTHER_MAX_LENGTH) issues.push(issue("too_long", path, { max: OTHER_MAX_LENGTH }));
  return text;
}

const NUMBER_PATTERN = /^[+-]?(\d+([.,]\d*)?|[.,]\d+)$/;

function parseNumber(
  raw: string,
  { min, max, integer }: { min?: number; max?: number; integer: boolean },
): { value: number } | { issue: FormValueIssue } {
  const text = raw.trim().replace(/\s/g, "");
  // Dutch residents write a decimal comma; a length cap keeps a pasted megabyte cheap to refuse.
  if (text.length > 30 || !NUMBER_PATTERN.test(text)) return { issue: issue("not_a_number") };
  const value = Number(text.replace(",", "."));
  if (!Number.isFinite(value)) return { issue: issue("not_a_number") };
  if (integer && !Number.isInteger(value)) return { issue: issue("not_integer") };
  const params: AnswerErrorParams = {};
  if (min !== undefined) params.min = min;
  if (max !== undefined) params.max = max;
  if (min !== undefined && value < min) return { issue: issue("too_small", [], params) };
  if (max !== undefined && value > max) return { issue: issue("too_large", [], params) };
  return { value };
}

const empty = (question: Question): ParsedFormValue =>
  question.required
    ? { ok: false, issues: [issue("required", pathOfEmpty(question))] }
    : { ok: true, answer: undefined };

function pathOfEmpty(question: Question): string[] {
  if (question.type === "single_choice") return ["choice"];
  if (question.type === "multiple_choice") return ["choices"];
  return [];
}

const done = (issues: FormValueIssue[], answer: AnswerValue | undefined): ParsedFormValue =>
  issues.length > 0 ? { ok: false, issues } : { ok: true, answer };

export function parseFormValue(question: Question, raw: unknown): ParsedFormValue {
  switch (question.type) {
    case "single_choice": {
      if (raw === undefined || raw === null) return empty(question);
      if (!isRecord(raw)) return { ok: false, issues: [issue("invalid")] };
      const choice = asString(raw.choice);
      if (choice === undefined) return { ok: false, issues: [issue("invalid", ["choice"])] };
      if (choice === "") return empty(question);
      if (!renderedOptionValues(question).includes(choice)) {
        return { ok: false, issues: [issue("unknown_option", ["choice"])] };
      }
      if (choice !== OTHER_VALUE) return { ok: true, answer: { choice } };
      const issues: FormValueIssue[] = [];
      const other = checkOther(raw.other, ["other"], issues);
      return done(issues, { choice, other });
    }

    case "multiple_choice": {
      if (raw === undefined || raw === null) return empty(question);
      if (!isRecord(raw)) return { ok: false, issues: [issue("invalid")] };
      // react-hook-form gives `false` for an untouched checkbox group; one checked box may arrive as a string.
      const list = raw.choices === false || raw.choices === undefined ? [] : raw.choices;
      const items = Array.isArray(list) ? list : [list];
      if (!items.every((c) => typeof c === "string"))
        return { ok: false, issues: [issue("invalid", ["choices"])] };
      const picked = new Set((items as string[]).filter((c) => c !== ""));
      if (picked.size === 0) return empty(question);
      const allowed = renderedOptionValues(question);
      if ([...picked].some((c) => !allowed.includes(c))) {
        return { ok: false, issues: [issue("unknown_option", ["choices"])] };
      }
      const choices = allowed.filter((v) => picked.has(v));
      const issues: FormValueIssue[] = [];
      if (picked.has(DONT_KNOW_VALUE) && picked.size > 1)
        issues.push(issue("dont_know_exclusive", ["choices"]));
      else if (question.maxSelected !== undefined && picked.size > question.maxSelected) {
        issues.push(issue("too_many", ["choices"], { max: question.maxSelected }));
      }
      if (!picked.has(OTHER_VALUE)) return done(issues, { choices });
      const other = checkOther(raw.other, ["other"], issues);
      return done(issues, { choices, other });
    }

    case "likert": {
      if (raw === undefined || raw === null) raw = {};
      if (!isRecord(raw)) return { ok: false, issues: [issue("invalid")] };
      const allowed = renderedOptionValues(question);
      const issues: FormValueIssue[] = [];
      const answer: Record<string, string> = {};
      for (const s of question.statements) {
        const v = asString(raw[s.id]);
        if (v === undefined) issues.push(issue("invalid", [s.id]));
        else if (v === "") {
          if (question.required) issues.push(issue("required", [s.id]));
        } else if (!allowed.includes(v)) issues.push(issue("unknown_option", [s.id]));
        else answer[s.id] = v;
      }
      return done(issues, Object.keys(answer).length > 0 ? answer : undefined);
    }

    case "ranking":
      return parseRanking(question, raw);

    case "rating":
    case "number": {
      const text = asString(raw);
      if (text === undefined) return { ok: false, issues: [issue("invalid")] };
      if (text.trim() === "") return empty(question);
      const bounds =
        question.type === "rating"
          ? { min: 0, max: 10, integer: true }
          : { min: question.min, max: question.max, integer: question.integer };
      const parsed = parseNumber(text, bounds);
      return "issue" in parsed ? { ok: false, issues: [parsed.issue] } : { ok: true, answer: parsed.value };
    }

    case "short_text":
    case "long_text": {
      const text = asString(raw);
      if (text === undefined) return { ok: false, issues: [issue("invalid")] };
      const value = normaliseText(text);
      if (value === "") return empty(question);
      // Refused, not truncated: cutting off what a resident wrote would change their answer.
      if (value.length > question.maxLength) {
        return { ok: false, issues: [issue("too_long", [], { max: question.maxLength })] };
      }
      return { ok: true, answer: value };
    }

    case "dropdown": {
      const value = asString(raw);
      if (value === undefined) return { ok: false, issues: [issue("invalid")] };
      if (value === "") return empty(question);
      if (!question.options.some((o) => o.value === value))
        return { ok: false, issues: [issue("unknown_option")] };
      return { ok: true, answer: value };
    }
  }
}

/** How many places a ranking asks for: its rankCount ("top 3"), or every option. */
export function rankingPlaces(question: Extract<Question, { type: "ranking" }>): number {
  return Math.min(question.rankCount ?? question.options.length, question.options.length);
}

function parseRanking(question: Extract<Question, { type: "ranking" }>, raw: unknown): ParsedFormValue {
  if (raw === undefined || raw === null) raw = {};
  if (!isRecord(raw)) return { ok: false, issues: [issue("invalid")] };
  const places = rankingPlaces(question);
  const issues: FormValueIssue[] = [];
  const ranks = new Map<string, number>();
  const unranked: string[] = [];
  for (const { value } of question.options) {
    const v = asString(raw[value]);
    if (v === undefined) issues.push(issue("invalid", [value]));
    else if (v.trim() === "") unranked.push(value);
    else if (!/^\d{1,2}$/.test(v.trim()) || Number(v) < 1 || Number(v) > places)
      issues.push(issue("invalid", [value]));
    else ranks.set(value, Number(v));
  }
  if (issues.length > 0) return { ok: false, issues };
  if (ranks.size === 0) return empty(question);
  // Once started, the ranking fills every place asked for (all of them, or the top `rankCount`).
  if (ranks.size < places) issues.push(issue("ranking_incomplete", [unranked[0] as string], { max: places }));
  const used = new Set<number>();
  for (const [value, rank] of ranks) {
    if (used.has(rank)) {
      issues.push(issue("ranking_duplicate", [value]));
      break;
    }
    used.add(rank);
  }
  const order = [...ranks.entries()].sort((a, b) => a[1] - b[1]).map(([value]) => value);
  return done(issues, order);
}
