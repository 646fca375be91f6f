import { authorizationResponse, crossSiteRefusal } from "@/lib/accounts";
import { attachmentResponse, plainTextResponse } from "@/lib/http/download-response";
import { parseRouteId } from "@/lib/http/route-id";
import { getWorkingDefinition } from "@/lib/surveys";

/**
 * Downloads a survey's working definition as JSON, in exactly the format of the CLI's
 * `survey:export` (and of imports). Staff only: the data function checks "survey:read". Another
 * site cannot start it in a signed-in browser (lib/accounts/same-origin.ts): a link on our own page can.
 */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const crossSite = crossSiteRefusal(request);
  if (crossSite) return crossSite;
  const { id } = await params;
  const surveyId = parseRouteId(id);
  if (surveyId === null) return plainTextResponse(404, "Deze enquête bestaat niet.");
  try {
    const survey = await getWorkingDefinition(surveyId);
    if (!survey) return plainTextResponse(404, "Deze enquête bestaat niet.");
    return attachmentResponse(
      `${JSON.stringify(survey.definition, null, 2)}\n`,
      `${survey.slug}-versie-${survey.versionNumber}.json`,
      "application/json; charset=utf-8",
    );
  } catch (error) {
    const refused = authorizationResponse(error);
    if (refused) return refused;
    throw error;
  }
}
