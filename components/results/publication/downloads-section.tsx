import { getTranslations } from "next-intl/server";

export const DOWNLOAD_FORMATS = ["csv", "xlsx", "json"] as const;
export type DownloadFormat = (typeof DOWNLOAD_FORMATS)[number];

/** The published tables as files; the preview for staff names them without linking (they are not public yet). */
export async function DownloadsSection({ slug, preview }: { slug: string; preview: boolean }) {
  const t = await getTranslations("publication.downloads");
  return (
    <section className="publication-section" aria-labelledby="downloads">
      <h2 id="downloads">{t("title")}</h2>
      <p>{t("intro")}</p>
      <ul className="publication-downloads">
        {DOWNLOAD_FORMATS.map((format) => (
          <li key={format}>
            {preview ? (
              <span>{t(`${format}.label`)}</span>
            ) : (
              <a href={`/resultaten/${slug}/download/${format}`} download>
                {t(`${format}.label`)}
              </a>
            )}
            <span className="publication-downloads__about"> — {t(`${format}.about`)}</span>
          </li>
        ))}
      </ul>
      {preview ? <p className="muted">{t("previewNote")}</p> : null}
    </section>
  );
}
