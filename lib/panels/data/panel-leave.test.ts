import { sql } from "drizzle-orm";
import { describe, expect, it, vi } from "vitest";
import { setUpTempDatabase } from "@/lib/testing/temp-database";

// leavePanel checks no session (callers did), but its module imports the session helpers.
vi.mock("@/auth", () => ({ auth: async () => null }));
vi.mock("next/headers", () => ({ cookies: async () => ({ getAll: () => [] }) }));

setUpTempDatabase("panel-leave");

import { getDb } from "@/db/client";
import { execute, queryRow, queryRows, requiredRow } from "@/db/raw-sql";
import { auditLog, invitations, mailOutbox, memberTokens, panelMembers, responses } from "@/db/schema";
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

    const roundId = Number(
      (
        await requiredRow<{ id: number }>(
          getDb(),
          sql`INSERT INTO invitation_rounds (survey_id, panel_id, sample, reminder_days) VALUES (${surveyId}, ${panelId}, '{}', '[]') RETURNING id`,
        )
      ).id,
    );
    await execute(
      getDb(),
      sql`INSERT INTO invitations (round_id, survey_id, panel_id, member_id, token_hash) VALUES (${roundId}, ${surveyId}, ${panelId}, ${memberId}, 'h1')`,
    );
    await execute(
      getDb(),
      sql`INSERT INTO member_tokens (member_id, purpose, token_hash, expires_at) VALUES (${memberId}, 'login', 'lt1', ${Date.now() + 60_000})`,
    );

    expect(await leavePanel(memberId, { by: { type: "member" } })).toBe("left");
    expect(
      await queryRow(getDb(), sql`SELECT member_id FROM ${invitations} WHERE token_hash = 'h1'`),
    ).toEqual({
      member_id: null,
    });
    expect(
      await queryRow(getDb(), sql`SELECT count(*) AS n FROM ${memberTokens} WHERE member_id = ${memberId}`),
    ).toEqual({
      n: 0,
    });

    const member = (await queryRow(
      getDb(),
      sql`SELECT * FROM ${panelMembers} WHERE id = ${memberId}`,
    )) as Record<string, unknown>;
    expect(member).toMatchObject({ email: null, postcode: null, status: "left" });
    expect(member.left_at).toEqual(expect.any(Number));
    const linked = await queryRows(
      getDb(),
      sql`SELECT id, member_id FROM ${responses} WHERE id IN (${responseId}, ${otherResponseId}) ORDER BY id`,
    );
    expect(linked).toEqual([
      { id: responseId, member_id: null },
      { id: otherResponseId, member_id: otherId },
    ]);
    const mail = await queryRows(getDb(), sql`SELECT to_address FROM ${mailOutbox}`);
    expect(mail).toEqual([{ to_address: "blijft@example.org" }]);
    const audit = (await queryRow(
      getDb(),
      sql`SELECT action, details FROM ${auditLog} WHERE subject_id = ${String(memberId)} AND subject_type = 'panel_member'`,
    )) as { action: string; details: string };
    expect(audit.action).toBe("panel_member.left");
    expect(audit.details).not.toContain("vertrek@");
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
