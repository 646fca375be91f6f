import type { getTranslations } from "next-intl/server";
import type { TranslationPlace } from "@/lib/surveys/client";

type Translate = Awaited<ReturnType<typeof getTranslations<"builder.translations">>>;

/** A translation field's label, by the text's place in the survey: "Vraag 4: antwoord 2". */
export function translationLabel(place: TranslationPlace, key: string, t: Translate): string {
  const values = { page: place.page ?? 0, question: place.question ?? 0, number: place.number ?? 0, key };
  return t(`labels.${place.part}`, values);
}
