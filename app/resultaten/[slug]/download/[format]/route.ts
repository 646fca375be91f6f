import { getLocale, getTranslations } from "next-intl/server";
import { getPublishedFormat } from "@/components/results/publication/published-format";
import {
  type DownloadLabels,
  getPublishedResults,
  type PublishedResults,
  publicationTableRows,
  tablesCsv,
  tablesXlsx,
} from "@/lib/results";

export const dynamic = "force-dynamic";

/**
 * The published tables of /resultaten/<slug> as CSV, XLSX or JSON: public, no session, and from
 * the stored snapshot only — so a download shows exactly what the page shows, hidden figures as
 * their mark. Nothing published (open, withdrawn, unknown) or an unknown format: 404.
 * No cross-site check (lib/accounts/same-origin.ts): it reads no session and hands out only what is
 * public, so another site linking to it or fetching it gains nothing.
 */
export async function GET(
  _request: Request,
  { params }: { params: Promise<{ slug: string; format: string }> },
) {
  const { slug, format } = await params;
  const snapshot = await getPublishedResults(slug);
  if (!snapshot || !["csv", "xlsx", "json"].includes(format)) {
    const t = await getTranslations("publication.downloads");
    return new Response(t("notFound"), {
      status: 404,
      headers: { "Content-Type": "text/plain; charset=utf-8" },
    });
  }
  const name = `${snapshot.survey.slug}-resultaten`;
  if (format === "json") {
    return download(JSON.stringify(snapshot, null, 2), `${name}.json`, "application/json; charset=utf-8");
  }
  const rows = publicationTableRows(snapshot, await downloadLabels(snapshot));
  if (format === "xlsx") {
    const t = await getTranslations("publication.downloads");
    return download(
      await tablesXlsx(rows, t("sheet")),
      `${name}.xlsx`,
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    );
  }
  return download(tablesCsv(rows, await getLocale()), `${name}.csv`, "text/csv; charset=utf-8");
}

async function downloadLabels(snapshot: PublishedResults): Promise<DownloadLabels> {
  const [t, format] = await Promise.all([getTranslations("publication"), getPublishedFormat(snapshot.k)]);
  const columns = [
    "number",
    "question",
    "statement",
    "breakdown",
    "group",
    "answer",
    "count",
    "percent",
    "weighted",
    "value",
  ];
  return {
    columns: columns.map((column) => t(`downloads.columns.${column}`)),
    overall: t("downloads.overall"),
    hidden: format.mark(),
    withheld: t("downloads.withheld"),
    dontKnow: t("answers.dontKnow"),
    other: t("answers.other"),
    answered: t("downloads.answered"),
    mean: t("figures.mean"),
    median: t("figures.median"),
    weightedMean: t("downloads.weightedMean"),
    meanPosition: t("figures.meanPosition"),
    rankedFirst: (label) => t("downloads.rankedFirst", { label }),
    band: format.band,
    dimension: (dimension) => t(`breakdown.dimensions.${dimension}`),
    group: format.groupLabel,
  };
}

/** An attachment; the file name also in RFC 5987 form, since a slug is ASCII but may be long. */
function download(body: BodyInit, filename: string, type: string): Response {
  return new Response(body, {
    headers: {
      "Content-Type": type,
      "Content-Disposition": `attachment; filename="${filename}"; filename*=UTF-8''${encodeURIComponent(filename)}`,
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
