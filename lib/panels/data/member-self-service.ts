import "server-only";
import { and, asc, desc, eq, gt, isNull } from "drizzle-orm";
import { getDb } from "@/db/client";
import { invitations, memberConsents, memberTokens, panelMembers, panels, surveys } from "@/db/schema";
import { transaction } from "@/db/transaction";
import { rateLimitKey } from "@/lib/accounts/data/rate-limit-keys";
import { InputError } from "@/lib/accounts/errors";
import { recordAudit } from "@/lib/audit/data/audit";
import { enqueueMail } from "@/lib/mail/data/mail-outbox";
import { mailContext } from "@/lib/mail/mail-context";
import { requireMember } from "@/lib/panels/data/member-session";
import { unsubscribeUrlFor } from "@/lib/panels/data/unsubscribe";
import { type MemberProfile, meetsMinAge } from "@/lib/panels/schema";
import { isRateLimited, recordEvent } from "@/lib/rate-limit/data/rate-limit";
import { memberProfileColumns } from "./member-profile-columns";
import { deleteMemberSessionsOf } from "./member-sessions";
import { setPaused } from "./member-status";
import { districtForPostcode, leavePanel } from "./panel-members";
import { issueMemberToken } from "./stored-member-tokens";

/*
 * A member's own membership, for /panel/mijn. Every function starts with `requireMember()` (the
 * magic-link session) and reads or changes only that member's row: never an id from the form.
 */

export type MyMembership = {
  memberId: number;
  panel: { name: string; slug: string; description: string; privacyText: string; minAge: number };
  email: string;
  birthYear: number;
  sex: MemberProfile["sex"];
  postcode: string;
  district: string | null;
  status: "active" | "paused";
  joinedVia: string;
  createdAt: Date;
  confirmedAt: Date | null;
  pausedAt: Date | null;
  /** A new address waiting for confirmation by mail, if any. */
  pendingEmail: string | null;
  consents: { privacyVersion: number; consentedAt: Date }[];
};

async function loadMember(memberId: number) {
  return (
    await getDb()
      .select({
        ...memberProfileColumns,
        panelId: panelMembers.panelId,
        joinedVia: panelMembers.joinedVia,
        confirmedAt: panelMembers.confirmedAt,
        pausedAt: panelMembers.pausedAt,
        panelName: panels.name,
        panelSlug: panels.slug,
        panelDescription: panels.description,
        privacyText: panels.privacyText,
        minAge: panels.minAge,
      })
      .from(panelMembers)
      .innerJoin(panels, eq(panels.id, panelMembers.panelId))
      .where(eq(panelMembers.id, memberId))
      .limit(1)
  )[0];
}

/** The signed-in member's profile, status and consents. */
export async function getMyMembership(now: number = Date.now()): Promise<MyMembership> {
  const { memberId } = await requireMember();
  const row = await loadMember(memberId);
  // The session check already required an active or paused member with contact data.
  if (!row?.email || !row.postcode || (row.status !== "active" && row.status !== "paused")) {
    throw new Error("member session without an active membership");
  }
  const db = getDb();
  const pending = (
    await db
      .select({ newEmail: memberTokens.newEmail })
      .from(memberTokens)
      .where(
        and(
          eq(memberTokens.memberId, memberId),
          eq(memberTokens.purpose, "change_email"),
          isNull(memberTokens.usedAt),
          gt(memberTokens.expiresAt, new Date(now)),
        ),
      )
      .orderBy(desc(memberTokens.id))
      .limit(1)
  )[0];
  const consents = await db
    .select({ privacyVersion: memberConsents.privacyVersion, consentedAt: memberConsents.consentedAt })
    .from(memberConsents)
    .where(eq(memberConsents.memberId, memberId))
    .orderBy(asc(memberConsents.consentedAt), asc(memberConsents.id));
  return {
    memberId,
    panel: {
      name: row.panelName,
      slug: row.panelSlug,
      description: row.panelDescription,
      privacyText: row.privacyText,
      minAge: row.minAge,
    },
    email: row.email,
    birthYear: row.birthYear,
    sex: row.sex,
    postcode: row.postcode,
    district: row.district,
    status: row.status,
    joinedVia: row.joinedVia,
    createdAt: row.createdAt,
    confirmedAt: row.confirmedAt,
    pausedAt: row.pausedAt,
    pendingEmail: pending?.newEmail ?? null,
    consents,
  };
}

const EMAIL_CHANGES_PER_HOUR = 5;

/**
 * Saves birth year, sex and postcode at once (the district follows the postcode). A new email
 * address is only used after the member opens the link mailed to it; until then mail keeps going
 * to the old one. Returns whether a confirmation mail went out.
 */
export async function updateMyProfile(
  input: MemberProfile,
  now: number = Date.now(),
): Promise<{ emailChangeRequested: boolean }> {
  const { memberId } = await requireMember();
  const member = await loadMember(memberId);
  if (!member?.email) throw new Error("member session without contact data");
  if (input.birthYear !== member.birthYear && !meetsMinAge(input.birthYear, member.minAge, new Date(now))) {
    throw new InputError({ fieldErrors: { birthYear: ["panels.validation.tooYoung"] } });
  }
  const wantsNewEmail = input.email !== member.email;
  const limitKey = rateLimitKey("panel-email-change", "member", String(memberId));
  if (wantsNewEmail && (await isRateLimited(limitKey, EMAIL_CHANGES_PER_HOUR, 60 * 60 * 1000, now))) {
    throw new InputError({ fieldErrors: { email: ["panel.mine.errors.emailChangesTooMany"] } });
  }
  const at = new Date(now);
  await transaction(async (tx) => {
    const changed = (["birthYear", "sex", "postcode"] as const).filter(
      (field) => input[field] !== member[field],
    );
    if (changed.length > 0) {
      await tx
        .update(panelMembers)
        .set({
          birthYear: input.birthYear,
          sex: input.sex,
          postcode: input.postcode,
          district: await districtForPostcode(tx, input.postcode),
          updatedAt: at,
        })
        .where(eq(panelMembers.id, memberId));
    }
    if (wantsNewEmail) {
      const { token, expiresAt } = await issueMemberToken(tx, {
        memberId,
        purpose: "change_email",
        now,
        newEmail: input.email,
      });
      await enqueueMail(tx, {
        to: input.email,
        template: "panel_email_confirm",
        data: {
          panelName: member.panelName,
          confirmUrl: `${mailContext().baseUrl}/panel/email-bevestigen/${token}`,
          expiresAt,
          unsubscribeUrl: unsubscribeUrlFor(memberId),
        },
      });
    }
    if (changed.length > 0 || wantsNewEmail) {
      await recordAudit(
        {
          actorId: null,
          action: "panel_member.profile_updated",
          subjectType: "panel_member",
          subjectId: memberId,
          // Which fields, never their values.
          details: { panelId: member.panelId, by: "member", changed, emailChangeRequested: wantsNewEmail },
        },
        tx,
      );
    }
  });
  if (wantsNewEmail) await recordEvent(limitKey, now);
  return { emailChangeRequested: wantsNewEmail };
}

/** No invitations or reminders while paused; the member stays a member and can resume any time. */
export async function pauseMyMembership(): Promise<void> {
  const { memberId, panelId } = await requireMember();
  await setPaused(memberId, panelId, true);
}

export async function resumeMyMembership(): Promise<void> {
  const { memberId, panelId } = await requireMember();
  await setPaused(memberId, panelId, false);
}

/**
 * Leaves the panel: `leavePanel` deletes the contact data, unlinks answers and removes queued
 * mail; every session of the member ends with it. The caller removes this browser's cookie.
 */
export async function leaveMyPanel(): Promise<void> {
  const { memberId, panelId } = await requireMember();
  await transaction(async (tx) => {
    await leavePanel(memberId, { by: { type: "member" }, panelId });
    await deleteMemberSessionsOf(memberId, tx);
  });
}

export type MyInvitation = {
  surveyTitle: string;
  invitedAt: Date;
  status: "invited" | "started" | "completed";
  /** Whether answers to this survey stay linked to the member (told before answering). */
  pseudonymous: boolean;
};

/** The surveys this member was invited to, newest first. */
export async function listMyInvitations(): Promise<MyInvitation[]> {
  const { memberId } = await requireMember();
  return await readInvitations(memberId);
}

export async function readInvitations(memberId: number): Promise<MyInvitation[]> {
  return (
    await getDb()
      .select({
        surveyTitle: surveys.title,
        invitedAt: invitations.createdAt,
        startedAt: invitations.startedAt,
        usedAt: invitations.usedAt,
        anonymity: surveys.anonymity,
      })
      .from(invitations)
      .innerJoin(surveys, eq(surveys.id, invitations.surveyId))
      .where(eq(invitations.memberId, memberId))
      .orderBy(desc(invitations.createdAt), desc(invitations.id))
  ).map((row) => ({
    surveyTitle: row.surveyTitle,
    invitedAt: row.invitedAt,
    status: row.usedAt ? "completed" : row.startedAt ? "started" : "invited",
    pseudonymous: row.anonymity === "pseudonymous",
  }));
}
