import "server-only";
import { and, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { invitations, memberTokens, panelMembers, postcodeDistricts, responses } from "@/db/schema";
import { recordAudit } from "./audit";
import { deleteMailTo } from "./mail-outbox";

/** Who ends a membership: a staff member (by user id) or the member through self-service. */
export type LeaveActor = { type: "staff"; userId: number } | { type: "member" };

export type LeaveResult = "left" | "already_left" | "not_found";

/**
 * Ends a membership, in one transaction: the contact data (email, postcode) is deleted at once,
 * the status becomes "left", pseudonymous responses and invitations no longer point at the member
 * (answers remain, anonymised), unused sign-in and confirmation tokens are deleted, and every queued
 * mail to the address is removed from the outbox, so no mail reaches them afterwards. Birth year,
 * sex and district stay on the row: they are coarse and no longer tied to any contact data.
 *
 * No permission check here: this is the one "leave" shared by staff (removeMember below, after
 * requirePermission("panel:manage")) and member self-service (after the magic-link session proved
 * who the member is). Callers must have established that authority. Pass `panelId` to scope the
 * member to the panel the caller is allowed to act on.
 */
export function leavePanel(memberId: number, options: { by: LeaveActor; panelId?: number }): LeaveResult {
  return getDb().transaction((tx) => {
    const scope =
      options.panelId === undefined
        ? eq(panelMembers.id, memberId)
        : and(eq(panelMembers.id, memberId), eq(panelMembers.panelId, options.panelId));
    const member = tx
      .select({
        id: panelMembers.id,
        panelId: panelMembers.panelId,
        email: panelMembers.email,
        status: panelMembers.status,
      })
      .from(panelMembers)
      .where(scope)
      .get();
    if (!member) return "not_found";
    if (member.status === "left") return "already_left";

    const at = new Date();
    tx.update(panelMembers)
      .set({ email: null, postcode: null, status: "left", leftAt: at, pausedAt: null, updatedAt: at })
      .where(eq(panelMembers.id, member.id))
      .run();
    tx.update(responses).set({ memberId: null }).where(eq(responses.memberId, member.id)).run();
    tx.update(invitations).set({ memberId: null }).where(eq(invitations.memberId, member.id)).run();
    tx.delete(memberTokens).where(eq(memberTokens.memberId, member.id)).run();
    const mailsRemoved = member.email ? deleteMailTo(tx, member.email) : 0;
    recordAudit(
      {
        actorId: options.by.type === "staff" ? options.by.userId : null,
        action: "panel_member.left",
        subjectType: "panel_member",
        subjectId: member.id,
        // Never the address: the audit log must not keep what leaving deleted.
        details: { panelId: member.panelId, by: options.by.type, mailsRemoved },
      },
      tx,
    );
    return "left";
  });
}

/** The database or an open transaction. */
type Reader = Pick<ReturnType<typeof getDb>, "select">;

/**
 * The district of a postcode through the district table (postcode_districts), or null when its
 * four digits are not in it. Every create and update of a member's postcode goes through here.
 */
export function districtForPostcode(executor: Reader, postcode: string | null): string | null {
  if (!postcode) return null;
  const row = executor
    .select({ district: postcodeDistricts.district })
    .from(postcodeDistricts)
    .where(eq(postcodeDistricts.postcode4, postcode.slice(0, 4)))
    .get();
  return row?.district ?? null;
}
