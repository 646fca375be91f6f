import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { panelMembers, panels } from "@/db/schema";
import { authSecret } from "@/lib/accounts/data/secret";
import { verifyUnsubscribeToken } from "@/lib/panels/data/unsubscribe";
import { setPaused } from "./member-status";
import { leavePanel } from "./panel-members";

/*
 * The one-click unsubscribe link of every mail to a member (/panel/afmelden/<token>). The signed
 * token is the authority, no session: mail programs POST to it by themselves (RFC 8058).
 *
 * Unsubscribing pauses the membership: no more invitations or reminders, but the member stays a
 * member and can resume at /panel/mijn. It does not leave the panel, because leaving deletes the
 * contact data for good and a one-click POST, sent by a mail program without a second question,
 * must not do what cannot be undone. A sign-up that was never confirmed is withdrawn instead
 * (its data deleted): for that person, "no more mail" means exactly that.
 *
 * The link is reusable on purpose, and answers the same whatever was done with it before. RFC 8058
 * one-click links are offered by mail programs on old mail too, and may be sent more than once, so
 * a second use must be harmless (idempotent), and nothing expires. But an old mail can be
 * forwarded, printed or read by someone else, so the answer must not tell its holder what the
 * member did since: "active" and "paused" look alike (both: the link will stop or has stopped the
 * invitations), and a second use says "paused" exactly as the first did. Once the member has left
 * (or withdrew an unconfirmed sign-up), the link is dead like every other link of theirs and looks
 * like a mistyped one. The link shows the panel's name (which the mail itself shows) and never a
 * name, address or any other personal data; no link can re-subscribe anyone (resuming takes a
 * sign-in link mailed to the member's own address).
 */

/** A member's panel and status, or undefined when the member is not known. */
async function memberOf(memberId: number) {
  return (
    await getDb()
      .select({ panelId: panelMembers.panelId, status: panelMembers.status, panelName: panels.name })
      .from(panelMembers)
      .innerJoin(panels, eq(panels.id, panelMembers.panelId))
      .where(eq(panelMembers.id, memberId))
      .limit(1)
  )[0];
}

/** What a link may show: which panel, and whether it ends a membership's invitations or a sign-up. */
export type UnsubscribeKind = "membership" | "signup";
export type UnsubscribeTarget = {
  memberId: number;
  panelId: number;
  panelName: string;
  kind: UnsubscribeKind;
};

/** Who a link is for, or null when it is not valid (or its member has left). Changes nothing. */
export async function findUnsubscribeTarget(token: string): Promise<UnsubscribeTarget | null> {
  const memberId = verifyUnsubscribeToken(token, authSecret());
  if (memberId === null) return null;
  const row = await memberOf(memberId);
  if (!row || row.status === "left") return null;
  const kind: UnsubscribeKind = row.status === "pending" ? "signup" : "membership";
  return { memberId, panelId: row.panelId, panelName: row.panelName, kind };
}

export type UnsubscribeResult = { panelName: string; result: "paused" | "withdrawn" };

/**
 * Unsubscribes by a link: a membership ends up paused (whether it was active or already paused:
 * the same answer, so a reused link tells nothing new); an unconfirmed sign-up is withdrawn.
 * Null when the link is not valid or its member has left.
 */
export async function unsubscribeByToken(token: string): Promise<UnsubscribeResult | null> {
  const memberId = verifyUnsubscribeToken(token, authSecret());
  if (memberId === null) return null;
  // The status itself, not the target: the page's view hides whether the member was paused.
  const row = await memberOf(memberId);
  if (!row || row.status === "left") return null;
  if (row.status === "pending") {
    await leavePanel(memberId, { by: { type: "member" }, panelId: row.panelId });
    return { panelName: row.panelName, result: "withdrawn" };
  }
  if (row.status === "active") await setPaused(memberId, row.panelId, true, "unsubscribe");
  return { panelName: row.panelName, result: "paused" };
}
