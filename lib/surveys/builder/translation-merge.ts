import type { SurveyDefinition, TranslationLocale } from "@/lib/surveys/definition/schema";
import { translationKeys } from "@/lib/surveys/definition/translation-keys";

/*
 * How saves treat the translations a definition carries. Keys that name no text of the survey
 * any more (a question removed since it was translated) are dropped from every language on the
 * way, so a save never fails on texts nobody can see, and a language left without texts goes.
 */

type Translations = NonNullable<SurveyDefinition["translations"]>;

/** `definition` with `translations` in place, kept to the keys it has. */
function withTranslations(definition: SurveyDefinition, translations: Translations): SurveyDefinition {
  const known = new Set(translationKeys(definition).map(({ key }) => key));
  const kept: Translations = {};
  for (const [locale, entries] of Object.entries(translations)) {
    const texts = Object.fromEntries(Object.entries(entries ?? {}).filter(([key]) => known.has(key)));
    if (Object.keys(texts).length > 0) kept[locale as TranslationLocale] = texts;
  }
  const { translations: _old, ...rest } = definition;
  return Object.keys(kept).length > 0 ? { ...rest, translations: kept } : rest;
}

/**
 * A save of one language's texts: every given key gets its text, an empty (or blank) text removes
 * the key (it is missing again, and residents read Dutch there), keys not given stay.
 */
export function withTranslationTexts(
  definition: SurveyDefinition,
  language: TranslationLocale,
  texts: readonly { key: string; text: string }[],
): SurveyDefinition {
  const own = { ...(definition.translations?.[language] ?? {}) };
  for (const { key, text } of texts) {
    if (text.trim() === "") delete own[key];
    else own[key] = text;
  }
  return withTranslations(definition, { ...definition.translations, [language]: own });
}

/**
 * A save from the builder or a definition file without translations of its own: the builder's form
 * does not hold them, so the survey keeps the ones it had, for the texts it still has. A definition
 * that brings its own `translations` replaces them.
 */
export function keepingTranslations(after: SurveyDefinition, before: SurveyDefinition): SurveyDefinition {
  if (after.translations !== undefined || before.translations === undefined) return after;
  return withTranslations(after, before.translations);
}
