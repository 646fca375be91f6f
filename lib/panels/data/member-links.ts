import "server-only";
import { and, eq, inArray, isNull, ne } from "drizzle-orm";
import { getDb } from "@/db/client";
import { memberTokens, panelMembers, panels } from "@/db/schema";
import { transaction } from "@/db/transaction";
import { rateLimitKey } from "@/lib/accounts/data/rate-limit-keys";
import { recordAudit } from "@/lib/audit/data/audit";
import { deleteMailTo, enqueueMail } from "@/lib/mail/data/mail-outbox";
import { mailContext } from "@/lib/mail/mail-context";
import { unsubscribeUrlFor } from "@/lib/panels/data/unsubscribe";
import type { MemberTokenPurpose } from "@/lib/panels/member-tokens";
import { isRateLimited, recordEvent } from "@/lib/rate-limit/data/rate-limit";
import { deleteMemberSessionsOf } from "./member-sessions";
import { issueMemberToken, spendMemberToken, usableMemberToken } from "./stored-member-tokens";

/*
 * The links mailed to members: asking for a sign-in link (magic link), using it, and confirming a
 * new address. Public, before anyone is known: the mailed token is the proof. None of these say
 * whether an address is a member.
 */

export const LOGIN_LINK_LIMITS = {
  perClient: { max: 10, windowMs: 15 * 60 * 1000 },
  /** Per address: enough to ask again when a mail is slow, not enough to flood a mailbox. */
  perAddress: { max: 3, windowMs: 15 * 60 * 1000 },
};

/**
 * Mails a sign-in link to every active or paused membership of `email` (one per panel). Returns
 * nothing a caller could show differently: the page always says "if this address is a member, a
 * link is on its way". Returns false only when this client asked too often (the page says so).
 */
export async function requestLoginLink(
  email: string,
  options: { client: string; now?: number },
): Promise<boolean> {
  const now = options.now ?? Date.now();
  const clientKey = rateLimitKey("panel-login", "client", options.client);
  if (
    await isRateLimited(clientKey, LOGIN_LINK_LIMITS.perClient.max, LOGIN_LINK_LIMITS.perClient.windowMs, now)
  )
    return false;
  await recordEvent(clientKey, now);
  const address = email.trim().toLowerCase();
  const addressKey = rateLimitKey("panel-login", "address", address);
  // Silently: the page must look the same whether or not the address is a member.
  if (
    await isRateLimited(
      addressKey,
      LOGIN_LINK_LIMITS.perAddress.max,
      LOGIN_LINK_LIMITS.perAddress.windowMs,
      now,
    )
  )
    return true;
  await recordEvent(addressKey, now);

  const _at = new Date(now);
  await transaction(async (tx) => {
    const memberships = await tx
      .select({ id: panelMembers.id, panelName: panels.name })
      .from(panelMembers)
      .innerJoin(panels, eq(panels.id, panelMembers.panelId))
      .where(and(eq(panelMembers.email, address), inArray(panelMembers.status, ["active", "paused"])));
    for (const member of memberships) {
      const { token, expiresAt } = await issueMemberToken(tx, { memberId: member.id, purpose: "login", now });
      await enqueueMail(tx, {
        to: address,
        template: "panel_member_login",
        data: {
          panelName: member.panelName,
          loginUrl: `${mailContext().baseUrl}/panel/inloggen/${token}`,
          expiresAt,
          unsubscribeUrl: unsubscribeUrlFor(member.id),
        },
      });
    }
  });
  return true;
}

/** What a mailed link's page shows before it is used: the panel's name, or null when the link does not work. */
export async function peekMemberLink(
  token: string,
  purpose: MemberTokenPurpose,
  now: number = Date.now(),
): Promise<{ panelName: string } | null> {
  const row = (
    await getDb()
      .select({ panelName: panels.name, status: panelMembers.status })
      .from(memberTokens)
      .innerJoin(panelMembers, eq(panelMembers.id, memberTokens.memberId))
      .innerJoin(panels, eq(panels.id, panelMembers.panelId))
      .where(and(usableMemberToken(token, purpose, new Date(now)), ne(panelMembers.status, "left")))
      .limit(1)
  )[0];
  if (!row) return null;
  if (purpose === "confirm_signup" ? row.status !== "pending" : row.status === "pending") return null;
  return { panelName: row.panelName };
}

/**
 * Uses a sign-in link: once, within half an hour, for an active or paused member. Returns the
 * member id (the caller starts the session), or null for any link that does not work.
 */
export async function redeemLoginLink(
  token: string,
  now: number = Date.now(),
): Promise<{ memberId: number } | null> {
  const at = new Date(now);
  return await transaction(async (tx) => {
    const row = (
      await tx
        .select({ tokenId: memberTokens.id, memberId: panelMembers.id })
        .from(memberTokens)
        .innerJoin(panelMembers, eq(panelMembers.id, memberTokens.memberId))
        .where(and(usableMemberToken(token, "login", at), inArray(panelMembers.status, ["active", "paused"])))
        .limit(1)
    )[0];
    if (!row) return null;
    return (await spendMemberToken(tx, row.tokenId, at)) ? { memberId: row.memberId } : null;
  });
}

export type EmailChangeResult = { ok: true; panelName: string } | { ok: false };

/**
 * Confirms a new address by the link mailed to it. Refused (like any broken link) when the
 * address has meanwhile become another member's of the same panel. Other sessions of the member
 * end: whoever knew the old address's mail no longer stays signed in.
 */
export async function confirmEmailChange(
  token: string,
  now: number = Date.now(),
): Promise<EmailChangeResult> {
  const at = new Date(now);
  return await transaction(async (tx): Promise<EmailChangeResult> => {
    const row = (
      await tx
        .select({
          tokenId: memberTokens.id,
          newEmail: memberTokens.newEmail,
          memberId: panelMembers.id,
          panelId: panelMembers.panelId,
          oldEmail: panelMembers.email,
          panelName: panels.name,
        })
        .from(memberTokens)
        .innerJoin(panelMembers, eq(panelMembers.id, memberTokens.memberId))
        .innerJoin(panels, eq(panels.id, panelMembers.panelId))
        .where(
          and(
            usableMemberToken(token, "change_email", at),
            inArray(panelMembers.status, ["active", "paused"]),
          ),
        )
        .limit(1)
    )[0];
    if (!row?.newEmail) return { ok: false };
    const taken = (
      await tx
        .select({ id: panelMembers.id })
        .from(panelMembers)
        .where(
          and(
            eq(panelMembers.panelId, row.panelId),
            eq(panelMembers.email, row.newEmail),
            ne(panelMembers.id, row.memberId),
          ),
        )
        .limit(1)
    )[0];
    if (taken || !(await spendMemberToken(tx, row.tokenId, at))) return { ok: false };
    await tx
      .update(panelMembers)
      .set({ email: row.newEmail, updatedAt: at })
      .where(eq(panelMembers.id, row.memberId));
    // Links sent to the old address stop working with it.
    await tx
      .delete(memberTokens)
      .where(and(eq(memberTokens.memberId, row.memberId), isNull(memberTokens.usedAt)));
    await deleteMemberSessionsOf(row.memberId, tx);
    // The old address is no longer contact data of this member: mail to it (sent or queued) goes
    // from the outbox too, unless the same person is still a member elsewhere with it.
    const stillUsed = row.oldEmail
      ? (
          await tx
            .select({ id: panelMembers.id })
            .from(panelMembers)
            .where(eq(panelMembers.email, row.oldEmail))
            .limit(1)
        )[0]
      : undefined;
    if (row.oldEmail && !stillUsed) await deleteMailTo(tx, row.oldEmail);
    await recordAudit(
      {
        actorId: null,
        action: "panel_member.email_changed",
        subjectType: "panel_member",
        subjectId: row.memberId,
        details: { panelId: row.panelId, by: "member" },
      },
      tx,
    );
    return { ok: true, panelName: row.panelName };
  });
}
