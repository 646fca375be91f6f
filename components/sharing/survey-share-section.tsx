import { getTranslations } from "next-intl/server";
import type { PublicAddress } from "@/lib/http/public-address";
import { PublicAddressWarning } from "./public-address-warning";
import "./sharing.css";

/**
 * A survey's short link and QR code for posters, flyers and letters, on its staff page: the code
 * shown (it holds the short link), and as files to download for print.
 */
export async function SurveyShareSection({
  surveyId,
  shortUrl,
  surveyUrl,
  qrSvg,
  address,
  open,
}: {
  surveyId: number;
  shortUrl: string;
  surveyUrl: string;
  qrSvg: string;
  address: PublicAddress;
  /** Whether residents can answer now; before that the link leads to "not found". */
  open: boolean;
}) {
  const t = await getTranslations("fieldwork.sharing");
  const qrSrc = `data:image/svg+xml;base64,${Buffer.from(qrSvg).toString("base64")}`;
  return (
    <section className="survey-section share" aria-labelledby="share-title">
      <h2 id="share-title">{t("title")}</h2>
      <p>{t("intro")}</p>
      <PublicAddressWarning address={address} />
      {open ? null : <p>{t("notOpen")}</p>}
      <div className="share__body">
        {/* biome-ignore lint/performance/noImgElement: a small inline SVG made on the server; next/image would only add a request */}
        <img className="share__qr" src={qrSrc} alt={t("qrAlt", { url: shortUrl })} width={180} height={180} />
        <dl className="share__links">
          <dt>{t("shortLink")}</dt>
          <dd>
            <code data-testid="short-link">{shortUrl}</code>
          </dd>
          <dt>{t("surveyLink")}</dt>
          <dd>
            <code>{surveyUrl}</code>
          </dd>
          <dt>{t("download")}</dt>
          <dd>
            <ul className="share__downloads">
              <li>
                <a href={`/beheer/surveys/${surveyId}/qr/svg`} download>
                  {t("downloadSvg")}
                </a>
              </li>
              <li>
                <a href={`/beheer/surveys/${surveyId}/qr/png`} download>
                  {t("downloadPng")}
                </a>
              </li>
            </ul>
          </dd>
        </dl>
      </div>
    </section>
  );
}
