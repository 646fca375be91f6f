import { NextResponse } from "next/server";
import { unsubscribeByToken } from "@/lib/panels";

/*
 * The one-click unsubscribe URL of every mail to a panel member (footer link and List-Unsubscribe
 * header). A route handler, not a page with a server action: mail programs POST here by
 * themselves (RFC 8058, body "List-Unsubscribe=One-Click"), without any form token or session.
 * The signed token is the authority, and the request comes from outside by design, so there is
 * no cross-site check here (lib/accounts/same-origin.ts): a mail program posts without an Origin of
 * ours, and what a forged post can do is only what the link's holder could do anyway.
 *
 * GET changes nothing (link scanners and previews fetch links): it leads to a page with a button.
 * POST unsubscribes (pauses the membership, lib/panels/data/member-unsubscribe.ts).
 */

type Params = { params: Promise<{ token: string }> };

/** A relative Location keeps the host the browser used. */
const seeOther = (path: string) => new NextResponse(null, { status: 303, headers: { Location: path } });

export async function GET(_request: Request, { params }: Params) {
  const { token } = await params;
  return seeOther(`/panel/afmelden/${encodeURIComponent(token)}/bevestigen`);
}

export async function POST(request: Request, { params }: Params) {
  const { token } = await params;
  const body = await request.text().catch(() => "");
  const oneClick = new URLSearchParams(body).get("List-Unsubscribe") === "One-Click";
  const result = await unsubscribeByToken(token);
  if (oneClick) {
    // The mail program shows nothing of this; a plain answer is enough.
    return new NextResponse(result ? "Afgemeld.\n" : "Onbekende link.\n", {
      status: result ? 200 : 404,
      headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
    });
  }
  if (!result) return seeOther(`/panel/afmelden/${encodeURIComponent(token)}/bevestigen`);
  return seeOther(`/panel/afgemeld?${new URLSearchParams({ resultaat: result.result })}`);
}
