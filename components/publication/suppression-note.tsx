import { getTranslations } from "next-intl/server";
import type { PublishedCell } from "@/lib/results/publication-types";
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
  const small = cells.some((cell) => cell?.suppressed === "small");
  const complement = cells.some((cell) => cell?.suppressed === "complement");
  if (!small && !complement) return null;
  return (
    <ul className="publication-marks">
      {small ? <li>{t("smallNote", { mark: format.mark("small") })}</li> : null}
      {complement ? <li>{t("complementNote", { mark: format.mark("complement") })}</li> : null}
    </ul>
  );
}
