import { checkConditions } from "./definition-condition-checks";
import { type PageEntry, readDefinitionModel } from "./definition-model";
import { formatShapeIssues } from "./definition-shape-errors";
import { questionControlDomIds } from "./dom-ids";
import { DONT_KNOW_VALUE, OTHER_VALUE, type SurveyDefinition, surveyDefinitionSchema } from "./schema";
import { checkTranslations } from "./translation-checks";

export type DefinitionResult = { ok: true; definition: SurveyDefinition } | { ok: false; errors: string[] };

/**
 * Parses and checks a survey definition. Every error names its place, e.g.
 * `page 2 ("wonen"), question "q7": condition refers to unknown question "q9"` or
 * `page 1 ("intro"), question 3: text is required`. All problems are reported at once, shape
 * errors and cross-reference errors alike, so staff can fix a definition in one round.
 */
export function parseDefinition(input: unknown): DefinitionResult {
  const parsed = surveyDefinitionSchema.safeParse(input);
  const errors = parsed.success ? [] : formatShapeIssues(parsed.error.issues, input);
  const pages = readDefinitionModel(input);
  errors.push(...checkIdentities(pages), ...checkQuestionSettings(pages), ...checkConditions(pages));
  // Translations are checked against a sound source: on a broken one their keys cannot be known.
  if (errors.length === 0 && parsed.success) errors.push(...checkTranslations(parsed.data, pages));
  if (errors.length > 0 || !parsed.success) return { ok: false, errors: [...new Set(errors)] };
  return { ok: true, definition: parsed.data };
}

/** Reports every value that occurs more than once, at the place of its second (and later) use. */
function duplicates<T>(items: readonly T[], key: (item: T) => string | undefined): [T, number][] {
  const first = new Map<string, number>();
  const out: [T, number][] = [];
  items.forEach((item, index) => {
    const k = key(item);
    if (k === undefined) return;
    const seen = first.get(k);
    if (seen === undefined) first.set(k, index);
    else out.push([item, seen]);
  });
  return out;
}

function checkIdentities(pages: readonly PageEntry[]): string[] {
  const errors: string[] = [];
  for (const [page, firstIndex] of duplicates(pages, (p) => p.id)) {
    errors.push(`${page.place}: page id "${page.id}" is already used by page ${firstIndex + 1}`);
  }
  const all = pages.flatMap((p) => p.questions);
  for (const [entry, firstIndex] of duplicates(all, (q) => q.id)) {
    errors.push(`${entry.place}: question id "${entry.id}" is already used (${all[firstIndex].place})`);
  }
  return errors;
}

function checkQuestionSettings(pages: readonly PageEntry[]): string[] {
  const errors: string[] = [];
  for (const page of pages) {
    const domOwners = new Map<string, string>();
    for (const { question: q, place } of page.questions) {
      if (!q) continue;
      const at = (text: string) => errors.push(`${place}: ${text}`);
      const optionLists: [string, { value: string }[]][] = [];
      if ("options" in q) optionLists.push(["option", q.options]);
      if (q.type === "likert") {
        optionLists.push(["scale point", q.scale]);
        for (const [s] of duplicates(q.statements, (s) => s.id)) at(`statement id "${s.id}" is used twice`);
      }
      for (const [name, options] of optionLists) {
        for (const [o] of duplicates(options, (o) => o.value)) at(`${name} value "${o.value}" is used twice`);
        for (const o of options) {
          if (o.value === OTHER_VALUE || o.value === DONT_KNOW_VALUE) {
            at(`${name} value "${o.value}" is reserved: use the "other" or "dontKnow" setting instead`);
          }
        }
      }
      if (q.type === "number" && q.min !== undefined && q.max !== undefined && q.min > q.max) {
        at(`min (${q.min}) is greater than max (${q.max})`);
      }
      if (q.type === "multiple_choice" && q.maxSelected !== undefined) {
        const choosable = q.options.length + (q.other ? 1 : 0);
        if (q.maxSelected > choosable)
          at(`maxSelected (${q.maxSelected}) is more than the ${choosable} options`);
      }
      // Two controls with one DOM id would send the error summary's links to the wrong field.
      const domIds = questionControlDomIds(q);
      if (new Set(domIds).size < domIds.length)
        at("its statement ids and scale values make two fields with the same id");
      for (const domId of new Set(domIds)) {
        const owner = domOwners.get(domId);
        if (owner !== undefined && owner !== q.id) {
          at(
            `its field id "${domId}" clashes with question "${owner}" on this page; choose another question id`,
          );
        } else domOwners.set(domId, q.id);
      }
    }
  }
  return errors;
}
