import type { Locale } from "@/i18n/locales";
import type { SurveyDefinitionInput, TranslationLocale } from "@/lib/surveys/definition/schema";
import { translationKeys } from "@/lib/surveys/definition/translation-keys";

/*
 * The file staff exchange with translators: one language's texts as a flat JSON object of key →
 * text (what Weblate, Crowdin and Lokalise call key-value JSON), named `<slug>.<language>.json`.
 * The Dutch file is the source a translator starts from; a language's file holds the texts it has.
 * Reading a file back checks everything before anything is saved and names every problem by key.
 */

/** Translation files are small: the longest survey's texts in one language fit in far less. */
export const MAX_TRANSLATION_FILE_BYTES = 1024 * 1024;

export function translationFileName(slug: string, language: Locale): string {
  return `${slug}.${language}.json`;
}

/** The language a file's name says it holds (`<slug>.<language>.json`), if it says one. */
export function languageOfFileName(name: string): string | undefined {
  return /\.([a-z]{2})\.json$/i.exec(name)?.[1]?.toLowerCase();
}

/** The file of `language`: the Dutch source texts, or the translated texts in the survey's order. */
export function translationFile(definition: SurveyDefinitionInput, language: Locale): Record<string, string> {
  const keys = translationKeys(definition);
  if (language === "nl") return Object.fromEntries(keys.map(({ key, source }) => [key, source]));
  const texts = definition.translations?.[language] ?? {};
  return Object.fromEntries(
    keys.flatMap(({ key }) => {
      const text = texts[key];
      return text !== undefined && text.trim() !== "" ? [[key, text]] : [];
    }),
  );
}

/** The file as its text: indented, keys in the survey's order, ending in a newline. */
export function translationFileText(definition: SurveyDefinitionInput, language: Locale): string {
  return `${JSON.stringify(translationFile(definition, language), null, 2)}\n`;
}

export type TranslationFileProblem =
  | { code: "not_json"; detail: string }
  | { code: "not_flat_object" }
  | { code: "wrong_language"; fileLanguage: string }
  | { code: "not_text"; key: string }
  | { code: "unknown_key"; key: string }
  | { code: "empty"; key: string }
  | { code: "too_long"; key: string; max: number; length: number };

export type TranslationFileReading =
  | { ok: true; texts: Record<string, string> }
  | { ok: false; problems: TranslationFileProblem[] };

/**
 * A language file, checked against the survey: JSON holding one flat object of texts, each under a
 * key the survey has, none empty or longer than its place allows. Every problem is listed, so a
 * translator can fix the file in one go. A file named for another language is refused outright.
 */
export function readTranslationFile(
  fileText: string,
  fileName: string,
  definition: SurveyDefinitionInput,
  language: TranslationLocale,
): TranslationFileReading {
  const fileLanguage = languageOfFileName(fileName);
  if (fileLanguage !== undefined && fileLanguage !== language) {
    return { ok: false, problems: [{ code: "wrong_language", fileLanguage }] };
  }
  let parsed: unknown;
  try {
    // A byte-order mark, as some editors write, is not part of the JSON.
    parsed = JSON.parse(fileText.replace(/^\uFEFF/, ""));
  } catch (error) {
    return {
      ok: false,
      problems: [{ code: "not_json", detail: error instanceof Error ? error.message : "" }],
    };
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) {
    return { ok: false, problems: [{ code: "not_flat_object" }] };
  }
  const limits = new Map(translationKeys(definition).map(({ key, maxLength }) => [key, maxLength]));
  const problems: TranslationFileProblem[] = [];
  const texts: Record<string, string> = {};
  for (const [key, value] of Object.entries(parsed)) {
    if (typeof value !== "string") {
      problems.push({ code: "not_text", key });
      continue;
    }
    const max = limits.get(key);
    if (max === undefined) problems.push({ code: "unknown_key", key });
    else if (value.trim() === "") problems.push({ code: "empty", key });
    else if (value.length > max) problems.push({ code: "too_long", key, max, length: value.length });
    else texts[key] = value;
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, texts };
}

export type TranslationChange = {
  key: string;
  /** The Dutch source text. */
  source: string;
  /** The translation before; null where it was missing. */
  before: string | null;
  after: string;
};

/** What saving `texts` would change, in the survey's order: new and different texts only. */
export function translationChanges(
  definition: SurveyDefinitionInput,
  language: TranslationLocale,
  texts: Readonly<Record<string, string>>,
): TranslationChange[] {
  const current = definition.translations?.[language] ?? {};
  return translationKeys(definition).flatMap(({ key, source }): TranslationChange[] => {
    const after = texts[key];
    if (after === undefined) return [];
    const before = current[key] !== undefined && current[key].trim() !== "" ? current[key] : null;
    return before === after ? [] : [{ key, source, before, after }];
  });
}
