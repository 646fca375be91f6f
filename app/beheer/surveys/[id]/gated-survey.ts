import { notFound } from "next/navigation";
import { gatePage, type Permission } from "@/lib/accounts";
import { parseRouteId } from "@/lib/http/route-id";

/**
 * The start of a staff page about one survey: staff with `permission` only (the sign-in page or
 * forbidden for anyone else, back to this page's path), then the survey id the route names, or
 * not found. `subpath` is the page's part after /beheer/surveys/<id>, "" for the overview. The
 * survey itself is loaded by the page's own entry point, which checks the permission again.
 */
export async function gatedSurvey(id: string, permission: Permission, subpath: string) {
  const path = `/beheer/surveys/${encodeURIComponent(id)}${subpath}`;
  const gate = await gatePage(permission, path);
  const surveyId = parseRouteId(id);
  if (!surveyId) notFound();
  return { gate, surveyId, path };
}
