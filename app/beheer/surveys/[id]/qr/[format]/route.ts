import { authorizationResponse, crossSiteRefusal } from "@/lib/accounts";
import { attachmentResponse, plainTextResponse } from "@/lib/http/download-response";
import { configuredPublicAddress } from "@/lib/http/public-address";
import { parseRouteId } from "@/lib/http/route-id";
import { getSurveyShortCode, qrCodePng, qrCodeSvg, shortLinkPath } from "@/lib/surveys";

/**
 * A survey's QR code as a file for print (`svg` or `png`), holding its short link. Staff only: the
 * data function checks "survey:read".
 */
export async function GET(request: Request, { params }: { params: Promise<{ id: string; format: string }> }) {
  const crossSite = crossSiteRefusal(request);
  if (crossSite) return crossSite;
  const { id, format } = await params;
  const surveyId = parseRouteId(id);
  if (surveyId === null || (format !== "svg" && format !== "png")) {
    return plainTextResponse(404, "Deze QR-code bestaat niet.");
  }
  try {
    const code = await getSurveyShortCode(surveyId);
    if (!code) return plainTextResponse(404, "Deze enquête bestaat niet.");
    const url = `${configuredPublicAddress().baseUrl}${shortLinkPath(code)}`;
    const filename = `qr-code-${code}.${format}`;
    return format === "svg"
      ? attachmentResponse(await qrCodeSvg(url), filename, "image/svg+xml")
      : attachmentResponse(new Uint8Array(await qrCodePng(url)), filename, "image/png");
  } catch (error) {
    const refused = authorizationResponse(error);
    if (refused) return refused;
    throw error;
  }
}
