"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getFormatter } from "@/i18n/formatter";
import { createAction, InputError } from "@/lib/accounts";
import {
  describeRefusal,
  getSurveyDraft,
  importAsNewSurvey,
  importDefinitionSchema,
  saveDraft,
  suggestSurveySlug,
} from "@/lib/surveys";

/**
 * Imports a definition file (the CLI's format): as a new concept survey, or as the new content of
 * an existing survey's draft, saved like any builder save (revision check, edit rules, versions).
 * Every problem parseDefinition finds is reported with its place.
 */
export const importDefinitionAction = createAction(
  { schema: importDefinitionSchema, permission: "survey:edit" },
  async (input) => {
    const [t, format] = await Promise.all([getTranslations("builder"), getFormatter()]);
    let definition: unknown;
    try {
      definition = JSON.parse(await input.file.text());
    } catch (error) {
      const problem = error instanceof Error ? error.message : String(error);
      throw new InputError({ fieldErrors: { file: [t("import.notJson", { problem })] } });
    }
    const refusal = (error: unknown) =>
      describeRefusal(error, {
        t: (key, values) => t(key, values),
        formatDate: (date) => format.dateTime(date, { dateStyle: "long", timeStyle: "short" }),
        definition,
      });

    let surveyId: number;
    try {
      if (input.surveyId !== undefined) {
        const draft = await getSurveyDraft(input.surveyId);
        if (!draft) throw new InputError({ formError: "builder.errors.surveyUnknown" });
        await saveDraft({ surveyId: draft.id, revision: input.revision ?? 0, slug: draft.slug, definition });
        surveyId = draft.id;
      } else {
        const title = (definition as { title?: unknown } | null)?.title;
        const slug = suggestSurveySlug(typeof title === "string" ? title : "") || "enquete";
        surveyId = (await importAsNewSurvey({ definition, slug })).id;
      }
    } catch (error) {
      throw refusal(error);
    }
    revalidatePath("/beheer");
    redirect(`/beheer/surveys/${surveyId}/bewerken`);
  },
);
