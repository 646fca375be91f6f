import { getTranslations } from "next-intl/server";
import { FilterSelect } from "@/components/forms/filter-select";
import { AGE_GROUPS, MEMBER_STATUS_OPTIONS, type MemberFilter, SEX_OPTIONS } from "@/lib/panels";

/** Filters and search for the member list: a plain GET form, so it works without JavaScript and the URL can be shared. */
export async function MemberFilters({
  panelId,
  filter,
  districts,
}: {
  panelId: number;
  filter: MemberFilter;
  districts: string[];
}) {
  const t = await getTranslations("panels");
  const choices: {
    id: string;
    name: "status" | "district" | "ageGroup" | "sex";
    label: string;
    options: { value: string; label: string }[];
  }[] = [
    {
      id: "filter-status",
      name: "status",
      label: t("members.status"),
      options: MEMBER_STATUS_OPTIONS.map((status) => ({ value: status, label: t(`status.${status}`) })),
    },
    {
      id: "filter-district",
      name: "district",
      label: t("members.district"),
      options: districts.map((district) => ({ value: district, label: district })),
    },
    {
      id: "filter-age",
      name: "ageGroup",
      label: t("members.ageGroup"),
      options: AGE_GROUPS.map((group) => ({ value: group, label: t("ageGroup", { group }) })),
    },
    {
      id: "filter-sex",
      name: "sex",
      label: t("members.sex"),
      options: SEX_OPTIONS.map((sex) => ({ value: sex, label: t(`sex.${sex}`) })),
    },
  ];
  return (
    <form method="get" action={`/beheer/panels/${panelId}/leden`}>
      <fieldset className="panel-filters">
        <legend>{t("members.filterLegend")}</legend>
        <div className="field">
          <label className="field__label" htmlFor="filter-q">
            {t("members.search")}
          </label>
          <input
            id="filter-q"
            name="q"
            type="search"
            className="input"
            defaultValue={filter.q ?? ""}
            spellCheck={false}
          />
        </div>
        {choices.map((choice) => (
          <FilterSelect
            key={choice.id}
            {...choice}
            value={filter[choice.name]}
            emptyLabel={t("members.all")}
          />
        ))}
        <button type="submit" className="button button--secondary">
          {t("members.filter")}
        </button>
      </fieldset>
    </form>
  );
}
