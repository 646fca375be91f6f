import { notFound } from "next/navigation";
import { gatePage } from "@/lib/accounts";
import { parseRouteId } from "@/lib/http/route-id";
import { getPanel } from "@/lib/panels";

/**
 * The start of a page about one panel: staff with panel:manage only (the sign-in page or
 * forbidden for anyone else, back to this page's path), then the panel the route id names, or
 * not found. `subpath` is the page's part after /beheer/panels/<id>, "" for the panel itself.
 */
export async function gatedPanel(id: string, subpath: string) {
  await gatePage("panel:manage", `/beheer/panels/${encodeURIComponent(id)}${subpath}`);
  const panelId = parseRouteId(id);
  if (!panelId) notFound();
  const panel = await getPanel(panelId);
  if (!panel) notFound();
  return panel;
}
