"use server";

import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { createAction } from "@/lib/accounts";
import { createSurvey, newSurveySchema } from "@/lib/surveys";

/**
 * A new concept survey starts from a valid skeleton (texts to replace, one page with one open
 * question), so every saved version is a valid definition from the first moment.
 */
export const createSurveyAction = createAction(
  { schema: newSurveySchema, permission: "survey:edit" },
  async (input) => {
    const t = await getTranslations("builder.new.starter");
    const definition = {
      title: input.title,
      intro: t("intro"),
      privacy: t("privacy"),
      closing: t("closing"),
      pages: [
        {
          id: "pagina-1",
          title: t("pageTitle"),
          questions: [{ id: "vraag-1", type: "short_text", text: t("questionText") }],
        },
      ],
    };
    const { id } = await createSurvey({ slug: input.slug, definition });
    redirect(`/beheer/surveys/${id}/bewerken`);
  },
);
