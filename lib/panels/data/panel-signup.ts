import "server-only";
import { and, eq, isNull, lt } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { letterCodes, memberConsents, memberTokens, panelMembers, panels } from "@/db/schema";
import { transaction } from "@/db/transaction";
import { rateLimitKey } from "@/lib/accounts/data/rate-limit-keys";
import { InputError } from "@/lib/accounts/errors";
import { recordAudit } from "@/lib/audit/data/audit";
import { enqueueMail } from "@/lib/mail/data/mail-outbox";
import { mailContext } from "@/lib/mail/mail-context";
import { unsubscribeUrlFor } from "@/lib/panels/data/unsubscribe";
import { hashLetterCode } from "@/lib/panels/letter-codes";
import { MEMBER_TOKEN_TTL_MS } from "@/lib/panels/member-tokens";
import { meetsMinAge } from "@/lib/panels/schema";
import type { SignupInput } from "@/lib/panels/signup-schema";
import { isRateLimited, recordEvent } from "@/lib/rate-limit/data/rate-limit";
import { districtForPostcode } from "./panel-members";
import { findPublicPanel } from "./public-panels";
import { issueMemberToken, spendMemberToken, usableMemberToken } from "./stored-member-tokens";

/*
 * Joining a panel: with an invitation-letter code or through open sign-up, both confirmed by a
 * mailed link (double opt-in). Public, before anyone is known: these functions check no session;
 * they limit by client instead, and never tell the person typing whether an address is a member.
 */

/** Sign-ups per client (each one sends a mail), and wrong letter codes per client. */
export const SIGNUP_LIMITS = {
  perClient: { max: 20, windowMs: 60 * 60 * 1000 },
  perAddress: { max: 5, windowMs: 60 * 60 * 1000 },
  codeFailuresPerClient: { max: 10, windowMs: 15 * 60 * 1000 },
};

type Outcome =
  | { kind: "code_unknown" }
  | { kind: "code_used" }
  | { kind: "new" | "pending_again"; memberId: number }
  | { kind: "existing"; memberId: number };

/**
 * Signs someone up for a panel. Whatever the address, the caller shows the same "check your
 * mail" page: a new or still unconfirmed address gets a confirmation link, an address that is
 * already a member gets a mail saying so. A letter code is marked used in the same transaction,
 * in every case, so it cannot be used twice. Refusals a person can act on (too young, a code
 * that is unknown or used, too many tries) are `InputError`s.
 */
export async function signUp(
  input: SignupInput,
  options: { client: string; now?: number },
): Promise<{ panelName: string }> {
  const now = options.now ?? Date.now();
  const clientKey = rateLimitKey("panel-signup", "client", options.client);
  const codeKey = rateLimitKey("panel-code", "client", options.client);
  if (await isRateLimited(clientKey, SIGNUP_LIMITS.perClient.max, SIGNUP_LIMITS.perClient.windowMs, now)) {
    throw new InputError({ formError: "panel.signup.errors.tooMany" });
  }
  const panel = await findPublicPanel(input.panel);
  if (!panel) throw new InputError({ formError: "panels.validation.panelUnknown" });
  if (!meetsMinAge(input.birthYear, panel.minAge, new Date(now))) {
    throw new InputError({ fieldErrors: { birthYear: ["panels.validation.tooYoung"] } });
  }
  if (
    input.code &&
    (await isRateLimited(
      codeKey,
      SIGNUP_LIMITS.codeFailuresPerClient.max,
      SIGNUP_LIMITS.codeFailuresPerClient.windowMs,
      now,
    ))
  ) {
    throw new InputError({ fieldErrors: { code: ["panel.signup.errors.codeTooMany"] } });
  }
  const addressKey = rateLimitKey("panel-signup", "address", `${panel.id}:${input.email}`);
  // Past this limit the address gets no more mail from sign-ups this hour; the page looks the same.
  const mailAllowed = !(await isRateLimited(
    addressKey,
    SIGNUP_LIMITS.perAddress.max,
    SIGNUP_LIMITS.perAddress.windowMs,
    now,
  ));

  const at = new Date(now);
  const outcome = await transaction(async (tx): Promise<Outcome> => {
    await purgeUnconfirmedSignups(tx, now);
    if (input.code) {
      const code = (
        await tx
          .select({ id: letterCodes.id, usedAt: letterCodes.usedAt })
          .from(letterCodes)
          .where(and(eq(letterCodes.codeHash, hashLetterCode(input.code)), eq(letterCodes.panelId, panel.id)))
          .limit(1)
      )[0];
      if (!code) return { kind: "code_unknown" };
      // The condition on used_at makes the code single-use even when two people post it at once.
      const marked = await tx
        .update(letterCodes)
        .set({ usedAt: at })
        .where(and(eq(letterCodes.id, code.id), isNull(letterCodes.usedAt)))
        .returning({ id: letterCodes.id });
      if (marked.length !== 1) return { kind: "code_used" };
    }
    const via = input.code ? ("letter_code" as const) : ("signup" as const);
    const profile = {
      birthYear: input.birthYear,
      sex: input.sex,
      postcode: input.postcode,
      district: await districtForPostcode(tx, input.postcode),
    };
    const existing = (
      await tx
        .select({ id: panelMembers.id, status: panelMembers.status })
        .from(panelMembers)
        .where(and(eq(panelMembers.panelId, panel.id), eq(panelMembers.email, input.email)))
        .limit(1)
    )[0];

    if (existing && existing.status !== "pending") {
      if (mailAllowed) {
        await enqueueMail(tx, {
          to: input.email,
          template: "panel_already_member",
          data: { panelName: panel.name, unsubscribeUrl: unsubscribeUrlFor(existing.id) },
          // At most one such mail a day, however often someone tries the address.
          dedupeKey: `panel-already-member:${existing.id}:${at.toISOString().slice(0, 10)}`,
        });
      }
      await recordAudit(
        {
          actorId: null,
          action: "panel_member.signup_for_member",
          subjectType: "panel_member",
          subjectId: existing.id,
          details: { panelId: panel.id, via },
        },
        tx,
      );
      return { kind: "existing", memberId: existing.id };
    }

    let memberId: number;
    if (existing) {
      // Still unconfirmed: the latest details count, and a new link is sent.
      memberId = existing.id;
      await tx
        .update(panelMembers)
        .set({ ...profile, ...(input.code ? { joinedVia: via } : {}), updatedAt: at })
        .where(eq(panelMembers.id, memberId));
    } else {
      memberId = (
        await tx
          .insert(panelMembers)
          .values({
            panelId: panel.id,
            email: input.email,
            ...profile,
            status: "pending",
            joinedVia: via,
            createdAt: at,
            updatedAt: at,
          })
          .returning({ id: panelMembers.id })
      )[0].id;
    }
    await tx
      .insert(memberConsents)
      .values({ memberId, panelId: panel.id, privacyVersion: panel.privacyVersion, consentedAt: at });
    if (mailAllowed) {
      const { token, expiresAt } = await issueMemberToken(tx, { memberId, purpose: "confirm_signup", now });
      await enqueueMail(tx, {
        to: input.email,
        template: "panel_signup_confirm",
        data: {
          panelName: panel.name,
          confirmUrl: `${mailContext().baseUrl}/panel/bevestigen/${token}`,
          expiresAt,
          unsubscribeUrl: unsubscribeUrlFor(memberId),
        },
      });
    }
    await recordAudit(
      {
        actorId: null,
        action: existing ? "panel_member.signed_up_again" : "panel_member.signed_up",
        subjectType: "panel_member",
        subjectId: memberId,
        details: { panelId: panel.id, via, privacyVersion: panel.privacyVersion },
      },
      tx,
    );
    return { kind: existing ? "pending_again" : "new", memberId };
  });

  if (outcome.kind === "code_unknown") {
    await recordEvent(codeKey, now);
    throw new InputError({ fieldErrors: { code: ["panel.signup.errors.codeUnknown"] } });
  }
  if (outcome.kind === "code_used") {
    throw new InputError({ fieldErrors: { code: ["panel.signup.errors.codeUsed"] } });
  }
  await recordEvent(clientKey, now);
  await recordEvent(addressKey, now);
  return { panelName: panel.name };
}

/**
 * Data minimisation: a sign-up nobody confirmed within the link's lifetime is deleted with its
 * consent and tokens (cascade). A letter code it used stays used.
 */
async function purgeUnconfirmedSignups(tx: Tx, now: number): Promise<void> {
  await tx
    .delete(panelMembers)
    .where(
      and(
        eq(panelMembers.status, "pending"),
        lt(panelMembers.updatedAt, new Date(now - MEMBER_TOKEN_TTL_MS.confirm_signup)),
      ),
    );
}

/**
 * Confirms a sign-up by its mailed link: the member becomes active and gets a welcome mail. The
 * token works once, within its lifetime, for a member still waiting for confirmation. Returns
 * the member (the caller signs them in), or null for any link that does not work.
 */
export async function confirmSignup(
  token: string,
  now: number = Date.now(),
): Promise<{ memberId: number; panelName: string } | null> {
  const at = new Date(now);
  return await transaction(async (tx) => {
    const row = (
      await tx
        .select({
          tokenId: memberTokens.id,
          memberId: panelMembers.id,
          email: panelMembers.email,
          panelName: panels.name,
          panelId: panels.id,
        })
        .from(memberTokens)
        .innerJoin(panelMembers, eq(panelMembers.id, memberTokens.memberId))
        .innerJoin(panels, eq(panels.id, panelMembers.panelId))
        .where(and(usableMemberToken(token, "confirm_signup", at), eq(panelMembers.status, "pending")))
        .limit(1)
    )[0];
    if (!row?.email || !(await spendMemberToken(tx, row.tokenId, at))) return null;
    await tx
      .update(panelMembers)
      .set({ status: "active", confirmedAt: at, updatedAt: at })
      .where(eq(panelMembers.id, row.memberId));
    // Other confirmation links of this sign-up are spent too.
    await tx
      .delete(memberTokens)
      .where(
        and(
          eq(memberTokens.memberId, row.memberId),
          eq(memberTokens.purpose, "confirm_signup"),
          isNull(memberTokens.usedAt),
        ),
      );
    await enqueueMail(tx, {
      to: row.email,
      template: "panel_welcome",
      data: { panelName: row.panelName, unsubscribeUrl: unsubscribeUrlFor(row.memberId) },
      dedupeKey: `panel-welcome:${row.memberId}`,
    });
    await recordAudit(
      {
        actorId: null,
        action: "panel_member.confirmed",
        subjectType: "panel_member",
        subjectId: row.memberId,
        details: { panelId: row.panelId },
      },
      tx,
    );
    return { memberId: row.memberId, panelName: row.panelName };
  });
}
