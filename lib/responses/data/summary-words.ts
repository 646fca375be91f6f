import "server-only";
import { getTranslations } from "next-intl/server";
import type { SummaryWords } from "../answer-summary";

/**
 * The interface's words for reading answers back (lib/responses/answer-summary.ts), in the
 * resident's language: the review page and the mailed copy say the same.
 */
export async function summaryWords(): Promise<SummaryWords> {
  const t = await getTranslations("survey");
  return {
    dontKnow: t("dontKnow"),
    other: (text) => t("review.other", { text }),
    statement: (statement, choice) => t("review.statement", { statement, choice }),
    ranked: (place, option) => t("review.ranked", { place, option }),
    rating: (value) => t("review.rating", { value }),
  };
}
