import { getTranslations } from "next-intl/server";
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
        <div className="field">
          <label className="field__label" htmlFor="mail-status">
            {t("list.statusLabel")}
          </label>
          <select
            id="mail-status"
            name="status"
            className="select select--inline"
            defaultValue={status ?? ""}
          >
            <option value="">{t("list.allStatuses", { count: all })}</option>
            {MAIL_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t("list.statusOption", { status: t(`status.${s}`), count: counts[s] })}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button button--secondary">
          {t("list.filter")}
        </button>
      </fieldset>
    </form>
  );
}
