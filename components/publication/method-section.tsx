import { getFormatter, getTranslations } from "next-intl/server";
import type { PublishedMethod } from "@/lib/results/publication-types";
import type { PublishedFormat } from "./published-format";

/** How the survey was done: period, channels with invitations and response, weighting, margins, the privacy rule. */
export async function MethodSection({
  method,
  format,
}: {
  method: PublishedMethod;
  format: PublishedFormat;
}) {
  const [t, dates] = await Promise.all([getTranslations("publication.method"), getFormatter()]);
  const date = (iso: string) =>
    dates.dateTime(new Date(iso), { dateStyle: "long", timeZone: "Europe/Amsterdam" });
  const k = method.suppression.k;
  const tChannels = await getTranslations("publication.channels");
  return (
    <section className="publication-section" aria-labelledby="methode">
      <h2 id="methode">{t("title")}</h2>
      <p>{t("respondents", { count: method.respondents, n: format.count(method.respondents) })}</p>
      {method.fieldwork.from && method.fieldwork.to ? (
        <p>{t("period", { from: date(method.fieldwork.from), to: date(method.fieldwork.to) })}</p>
      ) : null}
      <table className="table publication-method-table">
        <caption>{t("channelsCaption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("channel")}</th>
            <th scope="col" className="num">
              {t("invited")}
            </th>
            <th scope="col" className="num">
              {t("responses")}
            </th>
            <th scope="col" className="num">
              {t("responseRate")}
            </th>
          </tr>
        </thead>
        <tbody>
          {method.channels.map((c) => (
            <tr key={c.channel}>
              <th scope="row">{tChannels.has(c.channel) ? tChannels(c.channel) : c.channel}</th>
              <td className="num">{c.invited === null ? t("notApplicable") : format.count(c.invited)}</td>
              <td className="num">{c.suppressed ? format.mark(c.suppressed) : format.count(c.responses)}</td>
              <td className="num">
                {c.suppressed && c.invited !== null
                  ? format.mark(c.suppressed)
                  : c.responseRate === null
                    ? t("notApplicable")
                    : format.percent(c.responseRate)}
              </td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t("total")}</th>
            <td className="num" />
            <td className="num">{format.count(method.respondents)}</td>
            <td className="num" />
          </tr>
        </tfoot>
      </table>
      <p className="publication-table-note">{t("responseRateNote")}</p>
      <h3>{t("weightingTitle")}</h3>
      <p>
        {method.weighting
          ? t("weighted", {
              respondents: format.count(method.weighting.weightedRespondents),
              source: method.weighting.source,
              effectiveN: format.count(method.weighting.effectiveN),
            })
          : t("unweighted")}
      </p>
      {method.marginOfError !== null ? (
        <p>
          {t("marginOfError", {
            n: format.count(method.respondents),
            margin: format.decimal(method.marginOfError),
          })}
          {method.weighting?.marginOfError != null
            ? ` ${t("weightedMargin", { margin: format.decimal(method.weighting.marginOfError) })}`
            : null}
        </p>
      ) : null}
      <h3>{t("privacyTitle")}</h3>
      <p>{t("suppression", { k, small: format.mark("small"), complement: format.mark("complement") })}</p>
      <p>{t("groups", { k })}</p>
      <p>{t("oneAtATime", { k })}</p>
      <p>{t("quotes")}</p>
    </section>
  );
}
