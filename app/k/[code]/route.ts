import { notFound } from "next/navigation";
import { NextResponse } from "next/server";
import { findShortLinkSlug } from "@/lib/surveys";

/**
 * A survey's short link from a poster or letter (`/k/<code>`, also what its QR code holds): on to
 * the survey's own address. A code no survey residents may see has gets the site's not-found page,
 * the same for a draft's code as for one that never existed.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  const slug = await findShortLinkSlug(code);
  if (!slug) notFound();
  // A relative Location keeps the host the browser used.
  return new NextResponse(null, { status: 303, headers: { Location: `/s/${encodeURIComponent(slug)}` } });
}
