import "server-only";
import { and, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import {
  invitations,
  memberConsents,
  memberTokens,
  panelMembers,
  postcodeDistricts,
  responses,
} from "@/db/schema";
import { transaction } from "@/db/transaction";
import { requirePermission } from "@/lib/accounts/data/session";
import { InputError } from "@/lib/accounts/errors";
import { recordAudit } from "@/lib/audit/data/audit";
import { deleteMailTo } from "@/lib/mail/data/mail-outbox";
import type { MemberStatusChangeInput } from "@/lib/panels/schema";
import type { JOINED_VIA, MemberStatus, Sex } from "@/lib/panels/types";

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
export async function leavePanel(
  memberId: number,
  options: { by: LeaveActor; panelId?: number },
): Promise<LeaveResult> {
  return await transaction(async (tx) => {
    const scope = memberInScope(memberId, options.panelId);
    const member = (
      await tx
        .select({
          id: panelMembers.id,
          panelId: panelMembers.panelId,
          email: panelMembers.email,
          status: panelMembers.status,
        })
        .from(panelMembers)
        .where(scope)
        .limit(1)
    )[0];
    if (!member) return "not_found";
    if (member.status === "left") return "already_left";

    const at = new Date();
    await tx
      .update(panelMembers)
      .set({ email: null, postcode: null, status: "left", leftAt: at, pausedAt: null, updatedAt: at })
      .where(eq(panelMembers.id, member.id));
    await tx.update(responses).set({ memberId: null }).where(eq(responses.memberId, member.id));
    await tx.update(invitations).set({ memberId: null }).where(eq(invitations.memberId, member.id));
    await tx.delete(memberTokens).where(eq(memberTokens.memberId, member.id));
    const mailsRemoved = member.email ? await deleteMailTo(tx, member.email) : 0;
    await recordAudit(
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
export async function districtForPostcode(executor: Reader, postcode: string | null): Promise<string | null> {
  if (!postcode) return null;
  const row = (
    await executor
      .select({ district: postcodeDistricts.district })
      .from(postcodeDistricts)
      .where(eq(postcodeDistricts.postcode4, postcode.slice(0, 4)))
      .limit(1)
  )[0];
  return row?.district ?? null;
}

// ---- Pausing ---------------------------------------------------------------------------------

export type PauseResult = "changed" | "unchanged" | "not_found";

/** The member, within the panel the caller may act on when one is given. */
function memberInScope(memberId: number, panelId: number | undefined) {
  return panelId === undefined
    ? eq(panelMembers.id, memberId)
    : and(eq(panelMembers.id, memberId), eq(panelMembers.panelId, panelId));
}

/**
 * Pauses an active membership (no invitations or reminders while paused) or makes a paused one
 * active again. Like leavePanel, no permission check: shared by staff and member self-service.
 */
export async function setMemberPaused(
  memberId: number,
  paused: boolean,
  options: { by: LeaveActor; panelId?: number },
): Promise<PauseResult> {
  return await transaction(async (tx) => {
    const scope = memberInScope(memberId, options.panelId);
    const member = (
      await tx
        .select({ id: panelMembers.id, panelId: panelMembers.panelId, status: panelMembers.status })
        .from(panelMembers)
        .where(scope)
        .limit(1)
    )[0];
    if (!member) return "not_found";
    const from: MemberStatus = paused ? "active" : "paused";
    if (member.status !== from) return "unchanged";
    const at = new Date();
    await tx
      .update(panelMembers)
      .set({ status: paused ? "paused" : "active", pausedAt: paused ? at : null, updatedAt: at })
      .where(and(eq(panelMembers.id, member.id), eq(panelMembers.status, from)));
    await recordAudit(
      {
        actorId: options.by.type === "staff" ? options.by.userId : null,
        action: paused ? "panel_member.paused" : "panel_member.reactivated",
        subjectType: "panel_member",
        subjectId: member.id,
        details: { panelId: member.panelId, by: options.by.type },
      },
      tx,
    );
    return "changed";
  });
}

/** Staff pause, reactivate or remove a member of a panel (remove is the member's own "leave"). */
export async function changeMemberStatus(input: MemberStatusChangeInput): Promise<{ status: MemberStatus }> {
  const actor = await requirePermission("panel:manage");
  const by: LeaveActor = { type: "staff", userId: actor.id };
  const scope = { by, panelId: input.panelId };
  const result =
    input.change === "remove"
      ? await leavePanel(input.memberId, scope)
      : await setMemberPaused(input.memberId, input.change === "pause", scope);
  if (result === "not_found") throw new InputError({ formError: "panels.validation.memberUnknown" });
  if (result !== "changed" && result !== "left") {
    throw new InputError({ formError: `panels.members.errors.${input.change}Unchanged` });
  }
  const row = (
    await getDb()
      .select({ status: panelMembers.status })
      .from(panelMembers)
      .where(eq(panelMembers.id, input.memberId))
      .limit(1)
  )[0];
  return { status: row?.status ?? "left" };
}

// ---- Writing members -------------------------------------------------------------------------

type Writer = Pick<ReturnType<typeof getDb>, "select" | "insert" | "update">;

export type NewMember = {
  panelId: number;
  email: string;
  birthYear: number;
  sex: Sex;
  postcode: string;
  status: MemberStatus;
  joinedVia: (typeof JOINED_VIA)[number];
  confirmedAt?: Date | null;
  /** The privacy text version agreed to; a consent record is written when given. */
  consentVersion?: number;
};

/**
 * Inserts a member with the district derived from the postcode, and their consent when given, in
 * the caller's transaction. No permission check: for data functions that already checked (staff
 * import, letter-code sign-up, open sign-up). Returns the new member's id.
 */
export async function addMember(executor: Writer, member: NewMember): Promise<number> {
  const row = (
    await executor
      .insert(panelMembers)
      .values({
        panelId: member.panelId,
        email: member.email.trim().toLowerCase(),
        birthYear: member.birthYear,
        sex: member.sex,
        postcode: member.postcode,
        district: await districtForPostcode(executor, member.postcode),
        status: member.status,
        joinedVia: member.joinedVia,
        confirmedAt: member.confirmedAt ?? null,
      })
      .returning({ id: panelMembers.id })
  )[0];
  if (member.consentVersion !== undefined) {
    await executor
      .insert(memberConsents)
      .values({ memberId: row.id, panelId: member.panelId, privacyVersion: member.consentVersion });
  }
  return row.id;
}

/**
 * Changes a member's profile fields and derives the district again from the (new) postcode, in
 * the caller's transaction. No permission check (see addMember).
 */
export async function updateMemberProfile(
  executor: Writer,
  memberId: number,
  profile: Partial<{ email: string; birthYear: number; sex: Sex; postcode: string }>,
): Promise<void> {
  const changes: Partial<typeof panelMembers.$inferInsert> = { ...profile, updatedAt: new Date() };
  if (profile.email !== undefined) changes.email = profile.email.trim().toLowerCase();
  if (profile.postcode !== undefined)
    changes.district = await districtForPostcode(executor, profile.postcode);
  await executor.update(panelMembers).set(changes).where(eq(panelMembers.id, memberId));
}
