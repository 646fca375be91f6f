import { getTranslations } from "next-intl/server";
import { TableHead } from "@/components/layout/table-head";
import { WideTable } from "@/components/layout/wide-table";
import { getFormatter } from "@/i18n/formatter";
import { EXCLUSION_REASONS, type SamplePreview as Preview } from "@/lib/fieldwork";

/**
 * What a send would do, before anything is sent: how many are drawn of how many eligible, who is
 * left out and why, and the counts per district × age group (with the allocation for a
 * stratified sample). Strata that have members but get no seat are named.
 */
export async function SamplePreview({ preview, reminderDays }: { preview: Preview; reminderDays: number[] }) {
  const [t, format] = await Promise.all([getTranslations("fieldwork.result"), getFormatter()]);
  const n = (value: number) => format.number(value);
  const stratified = preview.strata.some((s) => s.allocated !== null);
  const district = (name: string | null) => name ?? t("unknownDistrict");
  const age = (group: string | null) => group ?? t("unknownAge");
  const sum = (pick: (s: Preview["strata"][number]) => number | null) =>
    n(preview.strata.reduce((total, s) => total + (pick(s) ?? 0), 0));
  const exclusions = EXCLUSION_REASONS.filter((reason) => preview.exclusions[reason] > 0);
  return (
    <>
      <p>{t("seed", { seed: preview.seed })}</p>
      {preview.drawn === 0 ? (
        <div className="alert alert--error">
          <p>{t("nobody")}</p>
        </div>
      ) : (
        <p className="fieldwork-summary">
          {t("summary", { drawn: preview.drawn, eligible: n(preview.eligible) })}
        </p>
      )}
      {preview.requested !== null && preview.requested > preview.eligible ? (
        <p>{t("requested", { requested: n(preview.requested), eligible: n(preview.eligible) })}</p>
      ) : null}
      <p>
        {reminderDays.length > 0
          ? t("reminders", { days: format.list(reminderDays.map(String), { type: "conjunction" }) })
          : t("remindersNone")}
      </p>
      {preview.zeroAllocated.length > 0 ? (
        <div className="alert">
          <p>
            {t("zeroAllocated", {
              groups: format.list(
                preview.zeroAllocated.map((s) => `${district(s.district)} ${age(s.ageGroup)}`),
                { type: "conjunction" },
              ),
            })}
          </p>
        </div>
      ) : null}
      {exclusions.length > 0 ? (
        <WideTable caption={t("exclusionsCaption")} className="table fieldwork-table">
          <TableHead columns={[{ label: t("reason") }, { label: t("count"), figure: true }]} />
          <tbody>
            {exclusions.map((reason) => (
              <tr key={reason}>
                <th scope="row">{t(`exclusions.${reason}`, { max: preview.maxInvitationsPerYear })}</th>
                <td className="num">{n(preview.exclusions[reason])}</td>
              </tr>
            ))}
          </tbody>
        </WideTable>
      ) : null}
      <WideTable caption={t("strataCaption")} className="table fieldwork-table" data-testid="strata">
        <thead>
          <tr>
            <th scope="col">{t("district")}</th>
            <th scope="col">{t("ageGroup")}</th>
            <th scope="col" className="num">
              {t("population")}
            </th>
            <th scope="col" className="num">
              {t("eligible")}
            </th>
            {stratified ? (
              <th scope="col" className="num">
                {t("allocated")}
              </th>
            ) : null}
            <th scope="col" className="num">
              {t("drawn")}
            </th>
          </tr>
        </thead>
        <tbody>
          {preview.strata.map((s) => (
            <tr key={s.key}>
              <th scope="row">{district(s.district)}</th>
              <td>{age(s.ageGroup)}</td>
              <td className="num">{n(s.population)}</td>
              <td className="num">{n(s.eligible)}</td>
              {stratified ? <td className="num">{n(s.allocated ?? 0)}</td> : null}
              <td className="num">{n(s.drawn)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colSpan={2}>
              {t("total")}
            </th>
            <td className="num">{sum((s) => s.population)}</td>
            <td className="num">{sum((s) => s.eligible)}</td>
            {stratified ? <td className="num">{sum((s) => s.allocated)}</td> : null}
            <td className="num">{sum((s) => s.drawn)}</td>
          </tr>
        </tfoot>
      </WideTable>
    </>
  );
}
