import { authorizationResponse, crossSiteRefusal } from "@/lib/accounts";
import { attachmentResponse, plainTextResponse } from "@/lib/http/download-response";
import { parseRouteId } from "@/lib/http/route-id";
import { letterCodeBatchCsv } from "@/lib/panels";

/**
 * The batch's CSV for the letter printer. Staff only: the data function checks "panel:manage",
 * finds the batch within the panel in the URL only, and records the download in the audit log.
 * Another site cannot start it in a signed-in browser (lib/accounts/same-origin.ts).
 */
export async function GET(
  request: Request,
  { params }: { params: Promise<{ id: string; batchId: string }> },
) {
  const crossSite = crossSiteRefusal(request);
  if (crossSite) return crossSite;
  const { id, batchId } = await params;
  const panelId = parseRouteId(id);
  const batch = parseRouteId(batchId);
  if (panelId === null || batch === null) return plainTextResponse(404, "Deze reeks bestaat niet.");
  try {
    const download = await letterCodeBatchCsv(panelId, batch);
    if (!download) return plainTextResponse(404, "Deze reeks bestaat niet.");
    return attachmentResponse(download.csv, download.filename, "text/csv; charset=utf-8");
  } catch (error) {
    const refused = authorizationResponse(error);
    if (refused) return refused;
    throw error;
  }
}
