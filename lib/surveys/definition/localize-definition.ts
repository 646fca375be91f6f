import type { Locale } from "@/i18n/locales";
import { type SurveyDefinitionInput, TRANSLATION_LOCALES, type TranslationLocale } from "./schema";
import { mapTranslatableTexts, translationKeys } from "./translation-keys";

/*
 * A survey in the resident's language. Dutch is the source; a translation replaces exactly the
 * texts it has keys for (translation-keys.ts). Ids, option values, conditions and every other
 * setting stay as they are, so answers are stored the same whatever the language.
 */

function translationFor(
  definition: SurveyDefinitionInput,
  locale: Locale,
): Record<string, string> | undefined {
  if (locale === "nl") return undefined;
  return definition.translations?.[locale as TranslationLocale];
}

/**
 * The definition with its texts in `locale`; a text the translation lacks (or leaves empty) stays
 * Dutch. Dutch, or a language the survey has no translation for, gives the definition unchanged.
 */
export function localizeDefinition<D extends SurveyDefinitionInput>(definition: D, locale: Locale): D {
  const translation = translationFor(definition, locale);
  if (!translation) return definition;
  return mapTranslatableTexts(definition, (key, source) => {
    const translated = translation[key];
    return translated !== undefined && translated.trim() !== "" ? translated : source;
  });
}

/** The keys of the definition's texts that the translation into `locale` lacks or leaves empty. */
export function missingTranslationKeys(
  definition: SurveyDefinitionInput,
  locale: TranslationLocale,
): string[] {
  const translation = definition.translations?.[locale] ?? {};
  return translationKeys(definition)
    .map(({ key }) => key)
    .filter((key) => (translation[key] ?? "").trim() === "");
}

/**
 * The languages the survey is offered in: Dutch first, then every language whose translation is
 * complete (a half-translated survey would mix languages on one page, so it is not offered).
 */
export function surveyLanguages(definition: SurveyDefinitionInput): Locale[] {
  const complete = TRANSLATION_LOCALES.filter(
    (locale) =>
      definition.translations?.[locale] !== undefined &&
      missingTranslationKeys(definition, locale).length === 0,
  );
  return ["nl", ...complete];
}
