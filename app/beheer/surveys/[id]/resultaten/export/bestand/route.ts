import { getTranslations } from "next-intl/server";
import { authorizationResponse, crossSiteRefusal, toPlainInput } from "@/lib/accounts";
import { attachmentResponse, plainTextResponse } from "@/lib/http/download-response";
import { parseRouteId } from "@/lib/http/route-id";
import {
  exportMicrodata,
  type MicrodataLabels,
  microdataCsvStream,
  microdataExportRequestSchema,
  microdataNote,
  microdataXlsx,
} from "@/lib/results";

/**
 * Downloads a survey's microdata as CSV or XLSX (the export page's form posts here): the
 * k-anonymous file for publication, or the internal research file that must not be published.
 * A POST, so no link or prefetch starts an export by accident and another site cannot make a
 * signed-in browser start one: the session cookie is SameSite=Lax, and the Origin check below
 * refuses another site's form even where a browser would send the cookie (server actions get that
 * check from Next.js; route handlers do not). The data function checks results:export and records
 * the export in the audit log.
 */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const crossSite = crossSiteRefusal(request);
  if (crossSite) return crossSite;
  const { id } = await params;
  const t = await getTranslations("results.export");
  const surveyId = parseRouteId(id);
  if (surveyId === null) return plainTextResponse(404, t("errors.notFound"));
  const parsed = microdataExportRequestSchema.safeParse(toPlainInput(await request.formData()));
  if (!parsed.success) return plainTextResponse(400, t("errors.format"));
  const { format, forPublication } = parsed.data;
  try {
    const data = await exportMicrodata(surveyId, { format, forPublication, labels: await labels() });
    if (!data) return plainTextResponse(404, t("errors.notFound"));
    if ("refused" in data)
      return plainTextResponse(409, t("errors.fewerThanK", { count: data.rowCount, k: data.k }));
    // Both files carry a note: the internal one that it must not be published, the one for
    // publication what was done to make it k-anonymous (lib/results/data/microdata-export-publication.ts).
    const note = microdataNote(data, t);
    const name = `${data.survey.slug}-microdata-${t(forPublication ? "fileNamePublication" : "fileNameInternal")}`;
    if (format === "xlsx") {
      const sheet = t(forPublication ? "sheetPublication" : "sheetInternal");
      const file = await microdataXlsx(data, { answers: sheet, note: t("sheetNote") }, note);
      return attachmentResponse(
        new Uint8Array(file),
        `${name}.xlsx`,
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      );
    }
    return attachmentResponse(microdataCsvStream(data, note), `${name}.csv`, "text/csv; charset=utf-8");
  } catch (error) {
    const refused = authorizationResponse(error, {
      signedOut: t("errors.signedOut"),
      forbidden: t("errors.forbidden"),
    });
    if (refused) return refused;
    throw error;
  }
}

async function labels(): Promise<MicrodataLabels> {
  const t = await getTranslations("results");
  return {
    attributes: {
      channel: t("dimensions.channel"),
      panel: t("dimensions.panel"),
      ageGroup: t("dimensions.age_group"),
      sex: t("dimensions.sex"),
      district: t("dimensions.district"),
    },
    channels: { public: t("channels.public"), panel: t("channels.panel"), staff: t("channels.staff") },
    sexes: {
      man: t("sexes.man"),
      vrouw: t("sexes.vrouw"),
      anders: t("sexes.anders"),
      zeg_ik_liever_niet: t("sexes.zeg_ik_liever_niet"),
    },
    dontKnow: t("export.dontKnow"),
    other: t("export.other"),
    otherText: t("export.otherText"),
    chosen: "1",
    notChosen: "0",
  };
}
