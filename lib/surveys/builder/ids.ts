/*
 * Identifiers the builder generates. Stored answers hang on question ids, option values and
 * statement ids, and exports show them, so they are readable (made from the label) and, once
 * made, never follow later relabelling.
 */

const MAX_ID_LENGTH = 40;

/** "Eén keer per week!" → "een-keer-per-week". */
export function slugify(text: string, maxLength = MAX_ID_LENGTH): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, maxLength)
    .replace(/-+$/, "");
}

/** Adds "-2", "-3", … until the candidate is not taken, staying within the length limit. */
function unique(candidate: string, taken: ReadonlySet<string>): string {
  if (!taken.has(candidate)) return candidate;
  for (let n = 2; ; n++) {
    const suffix = `-${n}`;
    const next = `${candidate.slice(0, MAX_ID_LENGTH - suffix.length).replace(/-+$/, "")}${suffix}`;
    if (!taken.has(next)) return next;
  }
}

/** An option value from its label, e.g. "Zeer tevreden" → "zeer-tevreden" (digits may lead: "1"). */
export function optionValueFromLabel(label: string, taken: ReadonlySet<string>): string {
  return unique(slugify(label) || "optie", taken);
}

/** An id from a text that must start with a letter, e.g. a Likert statement: "5 dagen" → "s-5-dagen". */
export function idFromText(text: string, taken: ReadonlySet<string>, fallback: string): string {
  let slug = slugify(text);
  if (slug && !/^[a-z]/.test(slug)) slug = slugify(`s-${slug}`);
  return unique(slug || fallback, taken);
}

/** The first free `<prefix>-<n>`, e.g. "vraag-4". */
export function nextNumberedId(prefix: string, taken: ReadonlySet<string>): string {
  for (let n = 1; ; n++) {
    const id = `${prefix}-${n}`;
    if (!taken.has(id)) return id;
  }
}

/** A survey's address part: lowercase words joined by single hyphens (as lib/surveys/data/survey-import.ts). */
export const SURVEY_SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const SURVEY_SLUG_MAX_LENGTH = 80;

export function suggestSurveySlug(title: string): string {
  return slugify(title, SURVEY_SLUG_MAX_LENGTH);
}
