import { getTranslations } from "next-intl/server";
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
        <div className="field">
          <label className="field__label" htmlFor="filter-status">
            {t("members.status")}
          </label>
          <select
            id="filter-status"
            name="status"
            className="select select--inline"
            defaultValue={filter.status ?? ""}
          >
            <option value="">{t("members.all")}</option>
            {MEMBER_STATUS_OPTIONS.map((status) => (
              <option key={status} value={status}>
                {t(`status.${status}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label className="field__label" htmlFor="filter-district">
            {t("members.district")}
          </label>
          <select
            id="filter-district"
            name="district"
            className="select select--inline"
            defaultValue={filter.district ?? ""}
          >
            <option value="">{t("members.all")}</option>
            {districts.map((district) => (
              <option key={district} value={district}>
                {district}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label className="field__label" htmlFor="filter-age">
            {t("members.ageGroup")}
          </label>
          <select
            id="filter-age"
            name="ageGroup"
            className="select select--inline"
            defaultValue={filter.ageGroup ?? ""}
          >
            <option value="">{t("members.all")}</option>
            {AGE_GROUPS.map((group) => (
              <option key={group} value={group}>
                {t("ageGroup", { group })}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label className="field__label" htmlFor="filter-sex">
            {t("members.sex")}
          </label>
          <select
            id="filter-sex"
            name="sex"
            className="select select--inline"
            defaultValue={filter.sex ?? ""}
          >
            <option value="">{t("members.all")}</option>
            {SEX_OPTIONS.map((sex) => (
              <option key={sex} value={sex}>
                {t(`sex.${sex}`)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button button--secondary">
          {t("members.filter")}
        </button>
      </fieldset>
    </form>
  );
}
