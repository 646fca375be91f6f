import { z } from "zod";
import { nestFormFields } from "@/lib/http/form-fields";
import { TRANSLATION_LOCALES } from "@/lib/surveys/definition/schema";
import { errorMessage } from "./error-message";
import { MAX_TRANSLATION_FILE_BYTES } from "./translation-file";

/*
 * The translations form (/beheer/surveys/<id>/vertalingen) and the save of an imported file: one
 * language's texts, each under its flat key (lib/surveys/definition/translation-keys.ts). The
 * browser and the server action check with the same schema; the limit of each place comes from the
 * definition (`translationLimits`), which the form knows from the page and the server from the
 * survey it saves to.
 *
 * What a save means: every posted key gets the posted text, an empty text removes the key (the
 * text is missing again, and residents read Dutch there); keys not posted stay as they are. The
 * editor posts every key, an import only the texts its file changes.
 */

/** The longest text any place of a definition allows (the introduction, the privacy text). */
const LONGEST_TEXT = 10000;
/** Form lists are read up to position 999 (lib/http/form-fields.ts). */
export const MAX_TRANSLATION_TEXTS = 1000;

export const translationTextSchema = z.object({
  key: z.string().min(1).max(200),
  text: z.string().max(LONGEST_TEXT, { error: errorMessage("tooLong", { max: LONGEST_TEXT }) }),
});
export type TranslationText = z.infer<typeof translationTextSchema>;

const fields = z.object({
  surveyId: z.coerce
    .number({ error: errorMessage("invalid") })
    .int()
    .positive(),
  revision: z.coerce
    .number({ error: errorMessage("invalid") })
    .int()
    .positive(),
  language: z.enum(TRANSLATION_LOCALES, { error: errorMessage("invalid") }),
  /** Where the texts come from: typed in the editor, or an imported file (recorded in the audit log). */
  origin: z.enum(["editor", "import"]).default("editor"),
  texts: z.array(translationTextSchema).max(MAX_TRANSLATION_TEXTS),
});

export const saveTranslationsSchema = z.preprocess(nestFormFields, fields);
export type SaveTranslationsInput = z.output<typeof saveTranslationsSchema>;
export type TranslationFormValues = z.input<typeof fields>;

/** Each key's longest text, from the survey's translatable texts. */
export type TranslationLimits = ReadonlyMap<string, number>;

export function translationLimits(keys: readonly { key: string; maxLength: number }[]): TranslationLimits {
  return new Map(keys.map(({ key, maxLength }) => [key, maxLength]));
}

/** A text posted for a key the survey does not have (changed since the form opened), or too long for its place. */
export type TranslationTextProblem =
  | { index: number; key: string; code: "unknown_key" }
  | { index: number; key: string; code: "too_long"; max: number };

export function translationTextProblems(
  texts: readonly TranslationText[],
  limits: TranslationLimits,
): TranslationTextProblem[] {
  return texts.flatMap((text, index): TranslationTextProblem[] => {
    const max = limits.get(text.key);
    if (max === undefined) return [{ index, key: text.key, code: "unknown_key" }];
    return text.text.length > max ? [{ index, key: text.key, code: "too_long", max }] : [];
  });
}

/** Where a problem shows in the form, and its encoded message (lib/surveys/builder/error-message.ts). */
export function translationTextError(problem: TranslationTextProblem): { path: string; message: string } {
  return problem.code === "too_long"
    ? { path: `texts.${problem.index}.text`, message: errorMessage("tooLong", { max: problem.max }) }
    : {
        path: `texts.${problem.index}.text`,
        message: errorMessage("translationKeyUnknown", { key: problem.key }),
      };
}

/** The form's schema: the shared one, with each text kept to its place's limit. */
export function translationFormSchema(limits: TranslationLimits) {
  return saveTranslationsSchema.superRefine((values, context) => {
    for (const problem of translationTextProblems(values.texts, limits)) {
      const { message } = translationTextError(problem);
      context.addIssue({ code: "custom", path: ["texts", problem.index, "text"], message });
    }
  });
}

/** A translation file to check and preview (nothing is saved until the preview is confirmed). */
export const translationImportSchema = z.object({
  surveyId: z.coerce
    .number({ error: errorMessage("invalid") })
    .int()
    .positive(),
  language: z.enum(TRANSLATION_LOCALES, { error: errorMessage("invalid") }),
  file: z
    .instanceof(File, { error: "builder.translations.import.fileRequired" })
    .refine((file) => file.size > 0, { error: "builder.translations.import.fileRequired" })
    .refine((file) => file.size <= MAX_TRANSLATION_FILE_BYTES, {
      error: "builder.translations.import.fileTooLarge",
    }),
});
