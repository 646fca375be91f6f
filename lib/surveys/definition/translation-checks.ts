import type { PageEntry } from "./definition-model";
import type { SurveyDefinition } from "./schema";
import { translationKeys } from "./translation-keys";

/*
 * Checks on a definition's translations, for staff reading validation errors: a key that names no
 * text of the survey (a typo, or a question that was removed) and a translated text longer than the
 * Dutch text may be in that place. Each error names the language, the key and, where the key points
 * into a page or question, that place.
 */

const LANGUAGE_NAMES: Record<string, string> = {
  en: "English",
  ar: "Arabic",
  tr: "Turkish",
  pl: "Polish",
};

/** `page 2 ("wonen"), question "q7"` for a question key, `page 2 ("wonen")` for a page key. */
function placeOfKey(key: string, pages: readonly PageEntry[]): string | undefined {
  const [kind, id] = key.split(".");
  if (kind === "pages") return pages.find((p) => p.id === id)?.place;
  if (kind === "questions") return pages.flatMap((p) => p.questions).find((q) => q.id === id)?.place;
  return undefined;
}

export function checkTranslations(definition: SurveyDefinition, pages: readonly PageEntry[]): string[] {
  const errors: string[] = [];
  const known = new Map(translationKeys(definition).map((k) => [k.key, k]));
  for (const [locale, texts] of Object.entries(definition.translations ?? {})) {
    const language = `${LANGUAGE_NAMES[locale] ?? locale} translation`;
    for (const [key, text] of Object.entries(texts ?? {})) {
      const source = known.get(key);
      if (!source) {
        const place = placeOfKey(key, pages);
        const where = place ? `${place}: ` : "";
        errors.push(`${where}${language}: key "${key}" names no text of the survey`);
        continue;
      }
      if (text.length > source.maxLength) {
        const where = placeOfKey(key, pages) ?? "survey";
        errors.push(`${where}: ${language} of "${key}" is too long (at most ${source.maxLength} characters)`);
      }
    }
  }
  return errors;
}
