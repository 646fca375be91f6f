import { NextResponse } from "next/server";
import { findResumableByToken, isResumeToken, writeRespondentKeys } from "@/lib/responses";
import { findSurveyForRespondent } from "@/lib/surveys";

/**
 * The resume link: puts the token back in this browser's cookie and goes to the page the
 * respondent left. An unknown, finished or foreign token gets the same answer, so links can't be probed.
 */
export async function GET(
  _request: Request,
  { params }: { params: Promise<{ slug: string; token: string }> },
) {
  const { slug, token } = await params;
  const lookup = await findSurveyForRespondent(slug);
  const base = `/s/${encodeURIComponent(slug)}`;
  // A relative Location keeps the host the browser used (the cookie below is set for that host).
  const to = (path: string) => new NextResponse(null, { status: 303, headers: { Location: path } });
  if (lookup.state !== "open") return to(base);
  const found = isResumeToken(token) ? await findResumableByToken(lookup.survey.id, token) : null;
  if (!found) return to(`${base}/hervatten?link=verlopen`);
  await writeRespondentKeys(lookup.survey.id, lookup.survey.slug, { token, code: found.code });
  return to(`${base}/vraag/${found.response.currentPageId}`);
}
