import { crossSiteRefusal } from "@/lib/accounts";
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
    return new Response(`${JSON.stringify(data, null, 2)}\n`, {
      headers: {
        "Content-Type": "application/json; charset=utf-8",
        "Content-Disposition": `attachment; filename="mijn-panelgegevens-${data.exportedAt.slice(0, 10)}.json"`,
        "Cache-Control": "no-store",
      },
    });
  } catch (error) {
    if (error instanceof MemberSessionError) {
      return new Response("Log eerst in bij Mijn panel: /panel/inloggen", {
        status: 401,
        headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
      });
    }
    throw error;
  }
}
