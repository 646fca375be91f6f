import { crossSiteRefusal } from "@/lib/accounts";
import { attachmentResponse, plainTextResponse } from "@/lib/http/download-response";
import { exportMyData, MemberSessionError } from "@/lib/panels";

/**
 * "Download my data": everything kept about the signed-in member, as a JSON file. Only with the
 * member's own session; the data function checks it and reads that member only. Another site
 * cannot start it in the member's browser (lib/accounts/same-origin.ts).
 */
export async function GET(request: Request) {
  const crossSite = crossSiteRefusal(request);
  if (crossSite) return crossSite;
  try {
    const data = await exportMyData();
    return attachmentResponse(
      `${JSON.stringify(data, null, 2)}\n`,
      `mijn-panelgegevens-${data.exportedAt.slice(0, 10)}.json`,
      "application/json; charset=utf-8",
    );
  } catch (error) {
    if (error instanceof MemberSessionError) {
      return plainTextResponse(401, "Log eerst in bij Mijn panel: /panel/inloggen");
    }
    throw error;
  }
}
