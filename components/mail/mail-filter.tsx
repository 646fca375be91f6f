import { getTranslations } from "next-intl/server";
import { FilterSelect } from "@/components/forms/filter-select";
import { MAIL_STATUSES, type MailStatus } from "@/lib/mail";

/** Filter by status: a plain GET form, so it works without JavaScript and the URL can be shared. */
export async function MailFilter({
  status,
  counts,
}: {
  status: MailStatus | undefined;
  counts: Record<MailStatus, number>;
}) {
  const t = await getTranslations("mail");
  const all = Object.values(counts).reduce((a, b) => a + b, 0);
  return (
    <form method="get" action="/beheer/mail">
      <fieldset className="mail-filter">
        <legend>{t("list.filterLegend")}</legend>
        <FilterSelect
          id="mail-status"
          name="status"
          label={t("list.statusLabel")}
          value={status}
          emptyLabel={t("list.allStatuses", { count: all })}
          options={MAIL_STATUSES.map((s) => ({
            value: s,
            label: t("list.statusOption", { status: t(`status.${s}`), count: counts[s] }),
          }))}
        />
        <button type="submit" className="button button--secondary">
          {t("list.filter")}
        </button>
      </fieldset>
    </form>
  );
}
