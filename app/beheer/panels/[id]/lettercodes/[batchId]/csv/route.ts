import { AuthorizationError, crossSiteRefusal } from "@/lib/accounts";
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
  if (panelId === null || batch === null) return text(404, "Deze reeks bestaat niet.");
  try {
    const download = await letterCodeBatchCsv(panelId, batch);
    if (!download) return text(404, "Deze reeks bestaat niet.");
    return new Response(download.csv, {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="${download.filename}"`,
        "Cache-Control": "no-store",
      },
    });
  } catch (error) {
    if (error instanceof AuthorizationError) {
      return error.reason === "signed-out" ? text(401, "Log eerst in.") : text(403, "Geen toegang.");
    }
    throw error;
  }
}

function text(status: number, body: string): Response {
  return new Response(body, {
    status,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
  });
}
