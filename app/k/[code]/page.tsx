import { notFound, redirect } from "next/navigation";
import { findShortLinkSlug } from "@/lib/surveys";

/*
 * A survey's short link from a poster or letter (`/k/<code>`, also what its QR code holds): on to
 * the survey's own address. A code no survey residents may see has gets the site's not-found page,
 * the same for a draft's code as for one that never existed. A page rather than a route handler:
 * notFound() in a route handler answers an empty 404, not the site's page. redirect() here answers
 * 307, which a browser follows with a GET as it would a 303.
 */
export default async function ShortLinkPage({ params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  const slug = await findShortLinkSlug(code);
  if (!slug) notFound();
  redirect(`/s/${encodeURIComponent(slug)}`);
}
