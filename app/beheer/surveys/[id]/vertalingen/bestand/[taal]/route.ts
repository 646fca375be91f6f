import { isLocale } from "@/i18n/locales";
import { authorizationResponse, crossSiteRefusal } from "@/lib/accounts";
import { attachmentResponse, plainTextResponse } from "@/lib/http/download-response";
import { parseRouteId } from "@/lib/http/route-id";
import { exportTranslationFile } from "@/lib/surveys";

/**
 * Downloads one language's texts of a survey's working version as flat key-value JSON,
 * `<slug>.<language>.json`; `nl` gives the Dutch source file a translator starts from. Staff only:
 * the data function checks "survey:read". Another site cannot start it in a signed-in browser.
 */
export async function GET(request: Request, { params }: { params: Promise<{ id: string; taal: string }> }) {
  const crossSite = crossSiteRefusal(request);
  if (crossSite) return crossSite;
  const { id, taal } = await params;
  const surveyId = parseRouteId(id);
  if (surveyId === null) return plainTextResponse(404, "Deze enquête bestaat niet.");
  if (!isLocale(taal)) return plainTextResponse(404, "Deze taal kent Peiling niet.");
  try {
    const file = await exportTranslationFile(surveyId, taal);
    if (!file) return plainTextResponse(404, "Deze enquête bestaat niet.");
    return attachmentResponse(file.text, file.fileName, "application/json; charset=utf-8");
  } catch (error) {
    const refused = authorizationResponse(error);
    if (refused) return refused;
    throw error;
  }
}
