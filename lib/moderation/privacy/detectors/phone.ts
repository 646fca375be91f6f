import type { PiiFinding } from "../types";

// A run of digit groups as people write phone numbers: "06-12345678", "(0162) 45 67 89",
// "+31 (0)6 12 34 56 78". Not after a letter, digit or decimal mark, so the tail of an IBAN,
// an amount ("1.250,00") or a time is not a start. At most eight groups ("+31 (0)6 12 34 56 78"),
// which also keeps long runs of figures linear. Whether the run is a number is decided below.
const CANDIDATE = /(?<![\p{L}\p{N}+,./-])(?:\+\s?)?\(?\d+\)?(?:(?:\s?[-./]\s?|\s|(?<=\)))\(?\d+\)?){0,7}/gu;
const DIGITS = /\d+/g;
// Dutch service numbers: the four-digit prefix and then four or seven digits.
const SERVICE_PREFIXES = new Set(["0800", "0900", "0906", "0909"]);
// "01-01-1980 12" and "06-01-1980 12" are a date and a figure, never a phone number.
const DATE_SHAPE = /^\d{1,2}\s?[-./]\s?\d{1,2}\s?[-./]\s?(?:19|20)\d{2}/;

type Group = { digits: string; end: number };

export function findPhoneNumbers(text: string): PiiFinding[] {
  const findings: PiiFinding[] = [];
  for (const m of text.matchAll(CANDIDATE)) {
    const groups: Group[] = Array.from(m[0].matchAll(DIGITS), (g) => ({
      digits: g[0],
      end: m.index + g.index + g[0].length,
    }));
    const international = m[0].startsWith("+");
    // The longest leading run of groups that has a phone number's shape, so trailing figures
    // ("06-12345678 2 keer") are not swallowed.
    for (let n = groups.length; n >= 1; n--) {
      const prefix = groups.slice(0, n);
      // "(06-12345678)": a bracket around the whole number is punctuation, not part of it.
      const start =
        text[m.index] === "(" && !text.slice(m.index, prefix[n - 1].end).includes(")")
          ? m.index + 1
          : m.index;
      const spanText = text.slice(start, prefix[n - 1].end);
      if (!DATE_SHAPE.test(spanText) && hasPhoneShape(prefix, international)) {
        findings.push({ kind: "phone", start, end: prefix[n - 1].end, text: spanText });
        break;
      }
    }
  }
  return findings;
}

function hasPhoneShape(groups: Group[], international: boolean): boolean {
  const parts = groups.map((g) => g.digits);
  if (international) return isInternational(parts);
  if (parts[0].startsWith("00")) return isInternational([parts[0].slice(2), ...parts.slice(1)]);
  return isNational(parts);
}

function isInternational(parts: string[]): boolean {
  let digits = parts.join("");
  if (digits.startsWith("31")) {
    // "+31 (0)6 …": the trunk zero in brackets is written but not dialled.
    const rest = parts[1] === "0" ? parts.slice(2).join("") : digits.slice(2);
    digits = rest.replace(/^0/, "");
    return /^[1-9]\d{8}$/.test(digits);
  }
  return /^[1-9]\d{7,14}$/.test(digits);
}

function isNational(parts: string[]): boolean {
  const digits = parts.join("");
  const first = parts[0];
  if (!first.startsWith("0") || first.startsWith("00")) return false;
  if (SERVICE_PREFIXES.has(digits.slice(0, 4))) {
    const serviceLength = digits.length === 8 || digits.length === 11;
    return serviceLength && (first.length === 4 || first === digits);
  }
  if (!/^0[1-9]\d{8}$/.test(digits)) return false;
  if (parts.length === 1) return true;
  // The first group is the area code (010, 0162) or 06 for mobiles; "01-01-1980 12" is not a number.
  if (first.length === 2) return first === "06";
  return first.length === 3 || first.length === 4;
}
