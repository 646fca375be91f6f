"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { getFormatter } from "@/i18n/formatter";
import { createAction, InputError } from "@/lib/accounts";
import {
  builderFormJson,
  deleteSurvey,
  describeRefusal,
  duplicateSurvey,
  errorMessage,
  formToDefinition,
  getWorkingDefinition,
  saveDraft,
  suggestSurveySlug,
} from "@/lib/surveys";

const surveyId = z.coerce
  .number({ error: errorMessage("invalid") })
  .int()
  .positive();

/** The builder form, checked with the same schema as in the browser, then saved (lib/surveys/data/survey-drafts.ts). */
export const saveDraftAction = createAction(
  {
    schema: z.object({ surveyId, revision: z.coerce.number().int().positive(), payload: builderFormJson }),
    permission: "survey:edit",
  },
  async (input) => {
    const definition = formToDefinition(input.payload);
    try {
      const result = await saveDraft({
        surveyId: input.surveyId,
        revision: input.revision,
        slug: input.payload.slug,
        definition,
      });
      revalidatePath("/beheer");
      revalidatePath(`/beheer/surveys/${input.surveyId}`);
      return result;
    } catch (error) {
      const [t, format] = await Promise.all([getTranslations("builder"), getFormatter()]);
      throw describeRefusal(error, {
        t: (key, values) => t(key, values),
        formatDate: (date) => format.dateTime(date, { dateStyle: "long", timeStyle: "short" }),
        definition,
      });
    }
  },
);

export const duplicateSurveyAction = createAction(
  { schema: z.object({ surveyId }), permission: "survey:edit" },
  async (input) => {
    const source = await getWorkingDefinition(input.surveyId);
    if (!source) throw new InputError({ formError: "builder.errors.surveyUnknown" });
    const t = await getTranslations("builder.manage");
    const title = t("copyTitle", { title: source.definition.title }).slice(0, 200);
    const copy = await duplicateSurvey({ surveyId: input.surveyId, title, slug: suggestSurveySlug(title) });
    revalidatePath("/beheer");
    redirect(`/beheer/surveys/${copy.id}/bewerken`);
  },
);

export const deleteSurveyAction = createAction(
  {
    schema: z.object({
      surveyId,
      confirm: z.literal("ja", { error: "builder.manage.deleteConfirmRequired" }),
    }),
    permission: "survey:edit",
  },
  async (input) => {
    await deleteSurvey(input.surveyId);
    revalidatePath("/beheer");
    redirect("/beheer");
  },
);
