import { getTranslations } from "next-intl/server";
import type { PublishedCell } from "@/lib/results";
import type { PublishedFormat } from "./published-format";

/** Under a table with hidden figures: what its marks mean, in words (never only a symbol). */
export async function SuppressionNote({
  cells,
  format,
}: {
  cells: readonly (PublishedCell | null | undefined)[];
  format: PublishedFormat;
}) {
  const t = await getTranslations("publication.marks");
  if (!cells.some((cell) => cell?.suppressed)) return null;
  return <p className="publication-marks">{t("hiddenNote", { mark: format.mark(), k: format.k })}</p>;
}
