import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { pageTitle } from "@/components/layout/page-title";
import { AllPanelsPageHeader } from "@/components/panels/all-panels-page-header";
import { PopulationForm } from "@/components/panels/population-form";
import { getFormatter } from "@/i18n/formatter";
import { gatePage } from "@/lib/accounts";
import { getPopulationFigures } from "@/lib/fieldwork";
import { listDistrictNames } from "@/lib/panels";
import { savePopulationFiguresAction } from "./actions";

export const generateMetadata = pageTitle("panels.population");

/** Population figures (age group × sex, districts) for response monitoring and weighting. */
export default async function PopulationPage() {
  await connection();
  await gatePage("population:edit", "/beheer/panels/bevolking");
  const [t, format, figures, districtNames] = await Promise.all([
    getTranslations("panels.population"),
    getFormatter(),
    getPopulationFigures("edit"),
    listDistrictNames(),
  ]);
  // Districts from the table, and any with figures that are no longer in it (so none are lost).
  const names = [...new Set([...districtNames, ...Object.keys(figures.district)])].sort((a, b) =>
    a.localeCompare(b, "nl"),
  );
  const total = Object.values(figures.ageSex).reduce((sum, n) => sum + n, 0);
  return (
    <>
      <AllPanelsPageHeader messages="panels.population" />
      {figures.updatedAt ? (
        <p>
          {t("current", {
            total: format.number(total),
            date: format.dateTime(figures.updatedAt, { dateStyle: "long" }),
          })}
        </p>
      ) : (
        <p>{t("none")}</p>
      )}
      <PopulationForm
        action={savePopulationFiguresAction}
        source={figures.source}
        ageSex={figures.ageSex}
        districts={names.map((name) => ({ name, count: figures.district[name] }))}
      />
    </>
  );
}
