import { and, asc, eq, inArray } from "drizzle-orm";
import { describe, expect, it, vi } from "vitest";
import { setUpTempDatabase } from "@/lib/testing/temp-database";

// leavePanel checks no session (callers did), but its module imports the session helpers.
vi.mock("@/auth", () => ({ auth: async () => null }));
vi.mock("next/headers", () => ({ cookies: async () => ({ getAll: () => [] }) }));

setUpTempDatabase("panel-leave");

import { getDb } from "@/db/client";
import {
  auditLog,
  invitationRounds,
  invitations,
  mailOutbox,
  memberTokens,
  panelMembers,
  responses,
} from "@/db/schema";
import { transaction } from "@/db/transaction";
import { enqueueMail } from "@/lib/mail/data/mail-outbox";
import { leavePanel } from "./panel-members";
import { insertMember, insertPanel, insertPanelResponse, insertSurvey } from "./panel-test-support";

describe("leavePanel", () => {
  it("deletes contact data at once, unlinks pseudonymous responses and invitations, removes queued mail", async () => {
    const panelId = await insertPanel("leave-a");
    const memberId = await insertMember(panelId, { email: "vertrek@example.org", postcode: "4901 AB" });
    const otherId = await insertMember(panelId, { email: "blijft@example.org", postcode: "4902 AB" });
    const surveyId = await insertSurvey("leave-a", "pseudonymous");
    const responseId = await insertPanelResponse(surveyId, panelId, memberId);
    const otherResponseId = await insertPanelResponse(surveyId, panelId, otherId);
    await transaction(async (tx) => {
      await enqueueMail(tx, {
        to: "Vertrek@example.org",
        template: "response_finalized",
        data: { surveyId, surveyTitle: "A" },
      });
      await enqueueMail(tx, {
        to: "blijft@example.org",
        template: "response_finalized",
        data: { surveyId, surveyTitle: "A" },
      });
    });

    const [round] = await getDb()
      .insert(invitationRounds)
      .values({ surveyId, panelId, sample: {}, reminderDays: [] })
      .returning({ id: invitationRounds.id });
    await getDb()
      .insert(invitations)
      .values({ roundId: round?.id ?? 0, surveyId, panelId, memberId, tokenHash: "h1" });
    await getDb()
      .insert(memberTokens)
      .values({ memberId, purpose: "login", tokenHash: "lt1", expiresAt: new Date(Date.now() + 60_000) });

    expect(await leavePanel(memberId, { by: { type: "member" } })).toBe("left");
    expect(
      await getDb()
        .select({ memberId: invitations.memberId })
        .from(invitations)
        .where(eq(invitations.tokenHash, "h1")),
    ).toEqual([{ memberId: null }]);
    expect(await getDb().$count(memberTokens, eq(memberTokens.memberId, memberId))).toBe(0);

    const [member] = await getDb().select().from(panelMembers).where(eq(panelMembers.id, memberId));
    expect(member).toMatchObject({ email: null, postcode: null, status: "left" });
    expect(member?.leftAt).toEqual(expect.any(Date));
    const linked = await getDb()
      .select({ id: responses.id, memberId: responses.memberId })
      .from(responses)
      .where(inArray(responses.id, [responseId, otherResponseId]))
      .orderBy(asc(responses.id));
    expect(linked).toEqual([
      { id: responseId, memberId: null },
      { id: otherResponseId, memberId: otherId },
    ]);
    const mail = await getDb().select({ toAddress: mailOutbox.toAddress }).from(mailOutbox);
    expect(mail).toEqual([{ toAddress: "blijft@example.org" }]);
    const [audit] = await getDb()
      .select({ action: auditLog.action, details: auditLog.details })
      .from(auditLog)
      .where(and(eq(auditLog.subjectId, String(memberId)), eq(auditLog.subjectType, "panel_member")));
    expect(audit?.action).toBe("panel_member.left");
    expect(JSON.stringify(audit?.details)).not.toContain("vertrek@");
  });

  it("says so when the member already left or is not in the named panel", async () => {
    const panelId = await insertPanel("leave-b");
    const otherPanelId = await insertPanel("leave-c");
    const memberId = await insertMember(panelId, { email: "twee@example.org" });
    expect(await leavePanel(memberId, { by: { type: "member" }, panelId: otherPanelId })).toBe("not_found");
    expect(await leavePanel(memberId, { by: { type: "member" }, panelId })).toBe("left");
    expect(await leavePanel(memberId, { by: { type: "member" }, panelId })).toBe("already_left");
    expect(await leavePanel(999_999, { by: { type: "member" } })).toBe("not_found");
  });
});
