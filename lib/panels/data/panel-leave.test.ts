import { sql } from "drizzle-orm";
import { describe, expect, it, vi } from "vitest";
import { setUpTempDatabase } from "@/lib/testing/temp-database";

// leavePanel checks no session (callers did), but its module imports the session helpers.
vi.mock("@/auth", () => ({ auth: async () => null }));
vi.mock("next/headers", () => ({ cookies: async () => ({ getAll: () => [] }) }));

setUpTempDatabase("panel-leave");

import { getDb } from "@/db/client";
import { auditLog, invitations, mailOutbox, memberTokens, panelMembers, responses } from "@/db/schema";
import { enqueueMail } from "@/lib/mail/data/mail-outbox";
import { leavePanel } from "./panel-members";
import { insertMember, insertPanel, insertPanelResponse, insertSurvey } from "./panel-test-support";

describe("leavePanel", () => {
  it("deletes contact data at once, unlinks pseudonymous responses and invitations, removes queued mail", () => {
    const panelId = insertPanel("leave-a");
    const memberId = insertMember(panelId, { email: "vertrek@example.org", postcode: "4901 AB" });
    const otherId = insertMember(panelId, { email: "blijft@example.org", postcode: "4902 AB" });
    const surveyId = insertSurvey("leave-a", "pseudonymous");
    const responseId = insertPanelResponse(surveyId, panelId, memberId);
    const otherResponseId = insertPanelResponse(surveyId, panelId, otherId);
    getDb().transaction((tx) => {
      enqueueMail(tx, {
        to: "Vertrek@example.org",
        template: "response_finalized",
        data: { surveyId, surveyTitle: "A" },
      });
      enqueueMail(tx, {
        to: "blijft@example.org",
        template: "response_finalized",
        data: { surveyId, surveyTitle: "A" },
      });
    });

    const roundId = Number(
      getDb().run(
        sql`INSERT INTO invitation_rounds (survey_id, panel_id, sample, reminder_days) VALUES (${surveyId}, ${panelId}, '{}', '[]')`,
      ).lastInsertRowid,
    );
    getDb().run(
      sql`INSERT INTO invitations (round_id, survey_id, panel_id, member_id, token_hash) VALUES (${roundId}, ${surveyId}, ${panelId}, ${memberId}, 'h1')`,
    );
    getDb().run(
      sql`INSERT INTO member_tokens (member_id, purpose, token_hash, expires_at) VALUES (${memberId}, 'login', 'lt1', ${Date.now() + 60_000})`,
    );

    expect(leavePanel(memberId, { by: { type: "member" } })).toBe("left");
    expect(getDb().get(sql`SELECT member_id FROM ${invitations} WHERE token_hash = 'h1'`)).toEqual({
      member_id: null,
    });
    expect(getDb().get(sql`SELECT count(*) AS n FROM ${memberTokens} WHERE member_id = ${memberId}`)).toEqual(
      {
        n: 0,
      },
    );

    const member = getDb().get(sql`SELECT * FROM ${panelMembers} WHERE id = ${memberId}`) as Record<
      string,
      unknown
    >;
    expect(member).toMatchObject({ email: null, postcode: null, status: "left" });
    expect(member.left_at).toEqual(expect.any(Number));
    const linked = getDb().all(
      sql`SELECT id, member_id FROM ${responses} WHERE id IN (${responseId}, ${otherResponseId}) ORDER BY id`,
    );
    expect(linked).toEqual([
      { id: responseId, member_id: null },
      { id: otherResponseId, member_id: otherId },
    ]);
    const mail = getDb().all(sql`SELECT to_address FROM ${mailOutbox}`);
    expect(mail).toEqual([{ to_address: "blijft@example.org" }]);
    const audit = getDb().get(
      sql`SELECT action, details FROM ${auditLog} WHERE subject_id = ${String(memberId)} AND subject_type = 'panel_member'`,
    ) as { action: string; details: string };
    expect(audit.action).toBe("panel_member.left");
    expect(audit.details).not.toContain("vertrek@");
  });

  it("says so when the member already left or is not in the named panel", () => {
    const panelId = insertPanel("leave-b");
    const otherPanelId = insertPanel("leave-c");
    const memberId = insertMember(panelId, { email: "twee@example.org" });
    expect(leavePanel(memberId, { by: { type: "member" }, panelId: otherPanelId })).toBe("not_found");
    expect(leavePanel(memberId, { by: { type: "member" }, panelId })).toBe("left");
    expect(leavePanel(memberId, { by: { type: "member" }, panelId })).toBe("already_left");
    expect(leavePanel(999_999, { by: { type: "member" } })).toBe("not_found");
  });
});
