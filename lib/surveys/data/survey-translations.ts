import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { surveys } from "@/db/schema";
import { transaction } from "@/db/transaction";
import type { Locale } from "@/i18n/locales";
import { requirePermission } from "@/lib/accounts/data/session";
import { InputError } from "@/lib/accounts/errors";
import { DraftConflictError } from "@/lib/surveys/builder/save-errors";
import {
  readTranslationFile,
  type TranslationChange,
  type TranslationFileProblem,
  translationChanges,
  translationFileName,
  translationFileText,
} from "@/lib/surveys/builder/translation-file";
import { withTranslationTexts } from "@/lib/surveys/builder/translation-merge";
import { type TranslationPlace, translationPlaces } from "@/lib/surveys/builder/translation-places";
import {
  type SaveTranslationsInput,
  translationLimits,
  translationTextError,
  translationTextProblems,
} from "@/lib/surveys/builder/translation-schema";
import { missingTranslationKeys, surveyLanguages } from "@/lib/surveys/definition/localize-definition";
import {
  type SurveyDefinition,
  TRANSLATION_LOCALES,
  type TranslationLocale,
} from "@/lib/surveys/definition/schema";
import { translationKeys } from "@/lib/surveys/definition/translation-keys";
import type { SaveDraftResult, SurveyStatus } from "@/lib/surveys/types";
import { loadSurvey, saveDraft, workingVersion } from "./survey-drafts";
import { lastSurveyChange } from "./survey-lifecycle";

/*
 * A survey's translations for staff (/beheer/surveys/<id>/vertalingen): how far each language is,
 * one language's texts beside the Dutch source, saving them, and the translation files (export,
 * and an import checked and previewed before it is saved). The texts live in the definition
 * (`translations`), so a save is a builder save (saveDraft): the same revision check, the same
 * lifecycle rules (an open survey gets a new version, a closed or published one no longer
 * changes), one transaction with its audit entry.
 */

const EDITABLE: readonly SurveyStatus[] = ["concept", "in_review", "ready", "open"];

export type LanguageProgress = {
  language: TranslationLocale;
  translated: number;
  missing: number;
  /** Complete, so residents can choose it (lib/surveys/definition/localize-definition.ts). */
  offered: boolean;
};

export type TranslationRow = {
  key: string;
  /** The Dutch source text. */
  source: string;
  maxLength: number;
  /** The translation; "" where it is missing. */
  text: string;
  /** Where the text stands in the survey, to label its field. */
  place: TranslationPlace;
};

export type SurveyTranslations = {
  id: number;
  slug: string;
  title: string;
  status: SurveyStatus;
  revision: number;
  editable: boolean;
  /** Texts to translate (the same for every language). */
  total: number;
  languages: LanguageProgress[];
  /** The chosen language's texts, in the survey's order. */
  language: TranslationLocale;
  rows: TranslationRow[];
};

function progress(definition: SurveyDefinition): LanguageProgress[] {
  const total = translationKeys(definition).length;
  const offered = surveyLanguages(definition);
  return TRANSLATION_LOCALES.map((language) => {
    const missing = missingTranslationKeys(definition, language).length;
    return { language, translated: total - missing, missing, offered: offered.includes(language) };
  });
}

async function workingDefinition(surveyId: number) {
  const db = getDb();
  const survey = (await db.select().from(surveys).where(eq(surveys.id, surveyId)).limit(1))[0];
  if (!survey) return undefined;
  const version = await workingVersion(db, survey.id, survey.currentVersionId);
  return { survey, definition: version.definition as SurveyDefinition };
}

/** The translations screen's data: every language's progress and `language`'s texts. */
export async function getSurveyTranslations(
  surveyId: number,
  language: TranslationLocale,
): Promise<SurveyTranslations | undefined> {
  await requirePermission("survey:edit");
  const found = await workingDefinition(surveyId);
  if (!found) return undefined;
  const { survey, definition } = found;
  const texts = definition.translations?.[language] ?? {};
  const keys = translationKeys(definition);
  const places = translationPlaces(definition);
  return {
    id: survey.id,
    slug: survey.slug,
    title: survey.title,
    status: survey.status,
    revision: survey.revision,
    editable: EDITABLE.includes(survey.status),
    total: keys.length,
    languages: progress(definition),
    language,
    rows: keys.map(({ key, source, maxLength }) => ({
      key,
      source,
      maxLength,
      text: texts[key]?.trim() ? texts[key] : "",
      place: places.get(key) ?? { part: "other" },
    })),
  };
}

export type SaveTranslationsResult = SaveDraftResult & { translated: number; missing: number };

/**
 * Saves one language's texts (an empty text makes it missing again). Refused, with nothing saved,
 * when someone saved the survey since the form opened (DraftConflictError, naming them), when a
 * text is for a key the survey does not have or too long for its place, and when the survey is
 * closed or published.
 */
export async function saveTranslations(input: SaveTranslationsInput): Promise<SaveTranslationsResult> {
  await requirePermission("survey:edit");
  return await transaction(async (tx) => {
    const survey = await loadSurvey(tx, input.surveyId);
    if (!EDITABLE.includes(survey.status)) throw new InputError({ formError: "builder.errors.notEditable" });
    if (survey.revision !== input.revision) {
      // Checked before the texts: keys the form did not know may be what changed.
      const change = await lastSurveyChange(survey.id, survey.revision, tx);
      throw new DraftConflictError(change?.actorName ?? null, change?.at ?? survey.updatedAt);
    }
    const working = await workingVersion(tx, survey.id, survey.currentVersionId);
    const before = working.definition as SurveyDefinition;
    const problems = translationTextProblems(input.texts, translationLimits(translationKeys(before)));
    if (problems.length > 0) {
      const fieldErrors: Record<string, string[]> = {};
      for (const problem of problems) {
        const { path, message } = translationTextError(problem);
        fieldErrors[path] = [message];
      }
      throw new InputError({ fieldErrors });
    }
    const after = withTranslationTexts(before, input.language, input.texts);
    const counts = countChanges(before, after, input.language);
    const result = await saveDraft({
      surveyId: survey.id,
      revision: input.revision,
      slug: survey.slug,
      definition: after,
      audit: {
        action: input.origin === "import" ? "survey.translations_imported" : "survey.translations_saved",
        details: { language: input.language, ...counts },
      },
    });
    const missing = missingTranslationKeys(after, input.language).length;
    return { ...result, missing, translated: translationKeys(after).length - missing };
  });
}

/** How many texts of `language` a save adds, changes and removes (for the audit log; never the texts). */
function countChanges(before: SurveyDefinition, after: SurveyDefinition, language: TranslationLocale) {
  const was = before.translations?.[language] ?? {};
  const now = after.translations?.[language] ?? {};
  const keys = new Set([...Object.keys(was), ...Object.keys(now)]);
  let added = 0;
  let changed = 0;
  let removed = 0;
  for (const key of keys) {
    if (!(key in was)) added += 1;
    else if (!(key in now)) removed += 1;
    else if (was[key] !== now[key]) changed += 1;
  }
  return { added, changed, removed };
}

/** A language's translation file (Dutch: the source file) for download. Read permission is enough. */
export async function exportTranslationFile(
  surveyId: number,
  language: Locale,
): Promise<{ fileName: string; text: string } | undefined> {
  await requirePermission("survey:read");
  const found = await workingDefinition(surveyId);
  if (!found) return undefined;
  return {
    fileName: translationFileName(found.survey.slug, language),
    text: translationFileText(found.definition, language),
  };
}

export type TranslationImportPreview =
  | { ok: false; problems: TranslationFileProblem[] }
  | {
      ok: true;
      language: TranslationLocale;
      /** The revision the preview was made from: saving it is refused if the survey changed since. */
      revision: number;
      changes: TranslationChange[];
      /** Texts in the file that are already the same. */
      unchanged: number;
    };

/** An uploaded language file, checked against the survey, and what saving it would change. Saves nothing. */
export async function previewTranslationImport(input: {
  surveyId: number;
  language: TranslationLocale;
  fileName: string;
  fileText: string;
}): Promise<TranslationImportPreview> {
  await requirePermission("survey:edit");
  const found = await workingDefinition(input.surveyId);
  if (!found) throw new InputError({ formError: "builder.errors.surveyUnknown" });
  if (!EDITABLE.includes(found.survey.status))
    throw new InputError({ formError: "builder.errors.notEditable" });
  const reading = readTranslationFile(input.fileText, input.fileName, found.definition, input.language);
  if (!reading.ok) return reading;
  const changes = translationChanges(found.definition, input.language, reading.texts);
  return {
    ok: true,
    language: input.language,
    revision: found.survey.revision,
    changes,
    unchanged: Object.keys(reading.texts).length - changes.length,
  };
}
