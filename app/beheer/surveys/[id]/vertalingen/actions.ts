"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getFormatter } from "@/i18n/formatter";
import { createAction, InputError } from "@/lib/accounts";
import {
  describeRefusal,
  previewTranslationImport,
  saveTranslations,
  saveTranslationsSchema,
  translationImportSchema,
} from "@/lib/surveys";

/**
 * One language's texts, from the translations form or a confirmed import preview, checked with
 * the form's own schema and saved like a builder save (lib/surveys/data/survey-translations.ts).
 * A confirmed import goes back to the translations screen, saying how many texts it saved.
 */
export const saveTranslationsAction = createAction(
  { schema: saveTranslationsSchema, permission: "survey:edit" },
  async (input) => {
    let result: Awaited<ReturnType<typeof saveTranslations>>;
    try {
      result = await saveTranslations(input);
    } catch (error) {
      const [t, format] = await Promise.all([getTranslations("builder"), getFormatter()]);
      throw describeRefusal(error, {
        t: (key, values) => t(key, values),
        formatDate: (date) => format.dateTime(date, { dateStyle: "long", timeStyle: "short" }),
        definition: undefined,
      });
    }
    const base = `/beheer/surveys/${input.surveyId}`;
    revalidatePath(base);
    revalidatePath(`${base}/vertalingen`);
    if (input.origin === "import") {
      redirect(`${base}/vertalingen?taal=${input.language}&ingelezen=${input.texts.length}`);
    }
    return result;
  },
);

/** An uploaded translation file: every problem listed by key, or what saving it would change. Saves nothing. */
export const previewTranslationImportAction = createAction(
  { schema: translationImportSchema, permission: "survey:edit" },
  async (input) => {
    const preview = await previewTranslationImport({
      surveyId: input.surveyId,
      language: input.language,
      fileName: input.file.name,
      fileText: await input.file.text(),
    });
    if (preview.ok) return preview;
    const t = await getTranslations("builder.translations");
    const language = t(`languages.${input.language}`);
    const problems = preview.problems.map((problem) =>
      t(`import.problems.${problem.code}`, {
        language,
        example: '{ "title": "…" }',
        key: "",
        detail: "",
        ...problem,
        ...(problem.code === "wrong_language"
          ? {
              fileLanguage: t.has(`languages.${problem.fileLanguage}`)
                ? t(`languages.${problem.fileLanguage}`)
                : problem.fileLanguage,
            }
          : {}),
      }),
    );
    if (problems.length === 1) throw new InputError({ fieldErrors: { file: problems } });
    // Every problem in the error summary; beside the file field, how many there are.
    throw new InputError({
      fieldErrors: {
        file: [t("import.problemCount", { count: problems.length })],
        ...Object.fromEntries(problems.map((problem, index) => [`problem-${index + 1}`, [problem]])),
      },
    });
  },
);
