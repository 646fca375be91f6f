import { DEFAULT_LOCALE, type Locale } from "./locales";

export interface LanguageRange {
  /** The language range as sent, lower case: "pl-pl", "en", "*". */
  tag: string;
  /** Its weight, 0 to 1. */
  q: number;
}

/**
 * The ranges of an Accept-Language header (RFC 9110, 12.5.4), best first; ranges of equal weight
 * keep the order they were sent in. A malformed weight counts as 0 (not wanted), as does q=0.
 */
export function parseAcceptLanguage(header: string | null | undefined): LanguageRange[] {
  if (!header) return [];
  const ranges: LanguageRange[] = [];
  for (const part of header.slice(0, 1000).split(",")) {
    const [rawTag, ...params] = part.split(";").map((s) => s.trim());
    const tag = rawTag?.toLowerCase() ?? "";
    if (!/^(\*|[a-z]{1,8}(-[a-z0-9]{1,8})*)$/.test(tag)) continue;
    let q = 1;
    for (const param of params) {
      const match = /^q\s*=\s*(.*)$/i.exec(param);
      if (!match) continue;
      q = /^(0(\.\d{0,3})?|1(\.0{0,3})?)$/.test(match[1] ?? "") ? Number(match[1]) : 0;
    }
    if (q > 0) ranges.push({ tag, q });
  }
  // Array.prototype.sort is stable: equal weights keep the sender's order.
  return ranges.sort((a, b) => b.q - a.q);
}

/**
 * The language to propose on a page written in `offered`: the best match of the header among
 * them, when that is not Dutch (the page is Dutch already). "pl-PL" matches Polish; "*" matches
 * nothing in particular, so it proposes nothing.
 */
export function proposedLocale(header: string | null | undefined, offered: readonly Locale[]): Locale | null {
  for (const { tag } of parseAcceptLanguage(header)) {
    const primary = tag.split("-")[0];
    const match = offered.find((locale) => locale === primary);
    if (match) return match === DEFAULT_LOCALE ? null : match;
  }
  return null;
}
