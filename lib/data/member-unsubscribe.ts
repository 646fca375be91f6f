import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { panelMembers, panels } from "@/db/schema";
import { authSecret } from "@/lib/auth/secret";
import { verifyUnsubscribeToken } from "@/lib/panel/unsubscribe";
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
 */

export type UnsubscribeState = "member" | "paused" | "pending" | "left";
export type UnsubscribeTarget = {
  memberId: number;
  panelId: number;
  panelName: string;
  state: UnsubscribeState;
};

/** Who a link is for and where they stand, or null when the link is not valid. Changes nothing. */
export function findUnsubscribeTarget(token: string): UnsubscribeTarget | null {
  const memberId = verifyUnsubscribeToken(token, authSecret());
  if (memberId === null) return null;
  const row = getDb()
    .select({ panelId: panelMembers.panelId, status: panelMembers.status, panelName: panels.name })
    .from(panelMembers)
    .innerJoin(panels, eq(panels.id, panelMembers.panelId))
    .where(eq(panelMembers.id, memberId))
    .get();
  if (!row) return null;
  const state: UnsubscribeState = row.status === "active" ? "member" : row.status;
  return { memberId, panelId: row.panelId, panelName: row.panelName, state };
}

export type UnsubscribeResult = { panelName: string; result: "paused" | "withdrawn" | "unchanged" };

/** Unsubscribes by a link: active → paused; unconfirmed sign-up → withdrawn; otherwise nothing to do. */
export function unsubscribeByToken(token: string): UnsubscribeResult | null {
  const target = findUnsubscribeTarget(token);
  if (!target) return null;
  const { memberId, panelId, panelName } = target;
  if (target.state === "member") {
    setPaused(memberId, panelId, true, "unsubscribe");
    return { panelName, result: "paused" };
  }
  if (target.state === "pending") {
    leavePanel(memberId, { by: { type: "member" }, panelId });
    return { panelName, result: "withdrawn" };
  }
  return { panelName, result: "unchanged" };
}
