import "server-only";
import { getTranslations } from "next-intl/server";
import { getResultFormat, type ResultFormat } from "@/components/results/result-format";
import type { PublicDimension, PublishedCell, Suppression } from "@/lib/results";
import { DONT_KNOW_VALUE, OTHER_VALUE } from "@/lib/surveys";

/*
 * How the public page writes published figures: numbers in the page's locale, and a hidden figure
 * as its mark "x" — one mark for every hidden figure, small or hidden to protect another, so the
 * mark itself says nothing — never as a number. Group and answer labels that are stored as codes
 * are translated here.
 */

export type PublishedFormat = ResultFormat & {
  /** The threshold: no published figure counts fewer than k people. */
  k: number;
  /** The mark of a hidden figure ("" for a shown one). */
  mark: (suppressed?: Suppression) => string;
  cellCount: (cell: PublishedCell) => string;
  cellPercent: (cell: PublishedCell) => string;
  cellWeighted: (cell: PublishedCell) => string;
  groupLabel: (dimension: PublicDimension, value: string, label: string) => string;
  answerLabel: (value: string, label: string) => string;
  band: (from: number, to: number) => string;
};

export async function getPublishedFormat(k: number): Promise<PublishedFormat> {
  const [format, t] = await Promise.all([getResultFormat(), getTranslations("publication")]);
  const mark = (suppressed: Suppression = "hidden") => (suppressed ? t("marks.hidden") : "");
  return {
    ...format,
    k,
    mark,
    cellCount: (cell) => (cell.suppressed ? mark(cell.suppressed) : format.count(cell.count)),
    cellPercent: (cell) => (cell.suppressed ? mark(cell.suppressed) : format.percent(cell.percent)),
    cellWeighted: (cell) => (cell.suppressed ? mark(cell.suppressed) : format.percent(cell.weightedPercent)),
    groupLabel: (dimension, value, label) => {
      if (value === "") return t("groups.unknown");
      if (dimension === "channel" && t.has(`channels.${value}`)) return t(`channels.${value}`);
      if (dimension === "sex" && t.has(`sexes.${value}`)) return t(`sexes.${value}`);
      return label;
    },
    answerLabel: (value, label) =>
      value === OTHER_VALUE ? t("answers.other") : value === DONT_KNOW_VALUE ? t("answers.dontKnow") : label,
    band: (from, to) =>
      from === to
        ? format.count(from)
        : t("answers.band", { from: format.count(from), to: format.count(to) }),
  };
}
