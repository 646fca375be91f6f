import { getTranslations } from "next-intl/server";
import { TableHead } from "@/components/layout/table-head";
import { WideTable } from "@/components/layout/wide-table";
import { weightingClassLabel } from "@/components/results/weighting-class-label";
import { getFormatter } from "@/i18n/formatter";
import type { PublishedMethod, PublishedWeighting } from "@/lib/results";
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
  // Invitations apply to the panel only; there a missing figure is hidden, not "not applicable".
  const invitationFigure = (c: PublishedMethod["channels"][number], text: string | null) =>
    text ?? (c.channel === "panel" ? format.mark() : t("notApplicable"));
  return (
    <section className="publication-section" aria-labelledby="methode">
      <h2 id="methode">{t("title")}</h2>
      <p>{t("respondents", { count: method.respondents, n: format.count(method.respondents) })}</p>
      {method.fieldwork.from && method.fieldwork.to ? (
        <p>{t("period", { from: date(method.fieldwork.from), to: date(method.fieldwork.to) })}</p>
      ) : null}
      <WideTable caption={t("channelsCaption")} className="table publication-method-table">
        <TableHead
          columns={[
            { label: t("channel") },
            { label: t("invited"), figure: true },
            { label: t("responses"), figure: true },
            { label: t("responseRate"), figure: true },
          ]}
        />
        <tbody>
          {method.channels.map((c) => (
            <tr key={c.channel}>
              <th scope="row">{tChannels.has(c.channel) ? tChannels(c.channel) : c.channel}</th>
              <td className="num">
                {invitationFigure(c, c.invited === null ? null : format.count(c.invited))}
              </td>
              <td className="num">{format.count(c.responses)}</td>
              <td className="num">
                {invitationFigure(c, c.responseRate === null ? null : format.percent(c.responseRate))}
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
      </WideTable>
      <p className="publication-table-note">{t("responseRateNote")}</p>
      <h3>{t("weightingTitle")}</h3>
      {method.weighting ? (
        <WeightingPart weighting={method.weighting} format={format} />
      ) : (
        <p>{t("unweighted")}</p>
      )}
      {method.marginOfError !== null ? (
        <p>
          {t("marginOfError", {
            n: format.count(method.respondents),
            margin: format.decimal(method.marginOfError),
          })}
        </p>
      ) : null}
      <h3>{t("privacyTitle")}</h3>
      <p>{t("suppression", { k, mark: format.mark() })}</p>
      <p>{t("groups", { k })}</p>
      <p>{t("means", { minimum: method.suppression.minMeanGroup })}</p>
      <p>
        {t("audit", {
          k,
          checked: format.count(method.suppression.audit.checked),
          hidden: format.count(method.suppression.audit.hidden),
        })}
      </p>
      <p>{t("oneAtATime", { k })}</p>
      <p>{t("quotes")}</p>
    </section>
  );
}

/**
 * The weighting, stated so a reader can judge it: whom the weighted figures describe (only the
 * weighted panel members), their effective number, which small groups were merged, whether the
 * weighted panel matches the population (and by how much it misses), and the typical margin —
 * none below an effective n of 30, where the figures are a rough estimate.
 */
async function WeightingPart({
  weighting,
  format,
}: {
  weighting: PublishedWeighting;
  format: PublishedFormat;
}) {
  const [t, tSexes, formatter] = await Promise.all([
    getTranslations("publication.method"),
    getTranslations("publication.sexes"),
    getFormatter(),
  ]);
  const list = (items: string[]) => formatter.list(items, { type: "conjunction" });
  const words = {
    sex: (code: string) => (tSexes.has(code) ? tSexes(code) : code).toLowerCase(),
    list,
    ageSex: (ages: string, sexes: string) => t("mergedAgeSex", { ages, sexes }),
  };
  const label = (category: PublishedWeighting["merged"][number]) =>
    category.margin === "district"
      ? t("mergedDistricts", { districts: weightingClassLabel(category, words) })
      : weightingClassLabel(category, words);
  const gap = weighting.largestDifference;
  return (
    <>
      {weighting.weightedRespondents === null ? (
        <p>
          {t("weightedUncounted", {
            source: weighting.source,
            effectiveN: format.count(weighting.effectiveN),
          })}
        </p>
      ) : (
        <p>
          {t("weighted", {
            respondents: format.count(weighting.weightedRespondents),
            source: weighting.source,
            effectiveN: format.count(weighting.effectiveN),
          })}{" "}
          {t("weightedWho", {
            weighted: format.count(weighting.weightedRespondents),
            others: Math.max(0, weighting.respondents - weighting.weightedRespondents),
          })}
        </p>
      )}
      {weighting.merged.length > 0 ? (
        <p>
          {t("merged", { minimum: weighting.minimumCategorySize, groups: list(weighting.merged.map(label)) })}
        </p>
      ) : null}
      <p>
        {weighting.marginsMet || gap === null
          ? t("marginsMet", { tolerance: format.decimal(weighting.marginTolerance) })
          : t("marginsNotMet", { points: format.decimal(gap.points), category: label(gap.category) })}
      </p>
      <p>
        {weighting.marginOfError === null
          ? t("weightedMarginNone", { minimum: weighting.minimumEffectiveN })
          : t("weightedMargin", { margin: format.decimal(weighting.marginOfError) })}
      </p>
    </>
  );
}
