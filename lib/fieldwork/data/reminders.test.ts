import { eq, sql } from "drizzle-orm";
import { describe, expect, it, vi } from "vitest";
import { setUpTempDatabase } from "@/lib/testing/temp-database";

// The run is system-level (no session); leavePanel's module imports the session layer.
vi.mock("@/auth", () => ({ auth: async () => null }));
vi.mock("next/headers", () => ({ cookies: async () => ({ getAll: () => [] }) }));

setUpTempDatabase("reminders");

import { getDb } from "@/db/client";
import { execute, queryRow, queryRows } from "@/db/raw-sql";
import {
  invitationRounds,
  invitations,
  invitationTokens,
  mailOutbox,
  panelMembers,
  surveys,
} from "@/db/schema";
import { leavePanel } from "@/lib/panels/data/panel-members";
import { insertMember, insertPanel, insertSurvey } from "@/lib/panels/data/panel-test-support";
import { hashSecret } from "@/lib/responses/resume-tokens";
import { findUsableInvitation } from "./invitation-access";
import { createInvitationRound, surveyForInvitations } from "./invitation-sending";
import { runDueReminders } from "./reminders";
import { drawFromPanel, panelForSampling } from "./sampling-frame";

const DAY = 24 * 60 * 60 * 1000;

/** Sends a round to every member of a fresh panel at `sentAt`; returns the members by name. */
async function sendRound(slug: string, sentAt: Date, reminderDays: number[]) {
  const db = getDb();
  const surveyId = await insertSurvey(slug);
  const panelId = await insertPanel(slug);
  const names = ["done", "paused", "left", "waiting", "started"] as const;
  const members = {} as Record<(typeof names)[number], number>;
  for (const name of names) {
    members[name] = await insertMember(panelId, { email: `${slug}-${name}@example.nl`, district: "Centrum" });
  }
  const panel = await panelForSampling(db, panelId);
  const survey = await surveyForInvitations(db, surveyId);
  if (!panel || !survey) throw new Error("setup");
  const spec = { method: "all" as const };
  const sample = await drawFromPanel(db, { panel, surveyId, spec, seed: "00000001", now: sentAt });
  const round = await createInvitationRound({
    survey,
    panel,
    spec,
    seed: "00000001",
    sample,
    reminderDays,
    actorId: null,
    now: sentAt,
  });
  return { surveyId, panelId, members, roundId: round.roundId };
}

const invitationOf = async (memberId: number) =>
  (await queryRow(getDb(), sql`SELECT id FROM ${invitations} WHERE member_id = ${memberId}`)) as {
    id: number;
  };
const tokenIn = (text: string) => /\/uitnodiging\/([A-Za-z0-9_-]{22})/.exec(text)?.[1] ?? "";
const mailsTo = async (address: string, template: string) =>
  (await queryRows(
    getDb(),
    sql`SELECT text_body AS text FROM ${mailOutbox} WHERE to_address = ${address} AND template = ${template} ORDER BY id`,
  )) as { text: string }[];
const remindedAddresses = async (slug: string) =>
  (
    (await queryRows(
      getDb(),
      sql`SELECT to_address AS a FROM ${mailOutbox} WHERE template = 'reminder' AND to_address LIKE ${`${slug}-%`} ORDER BY a`,
    )) as { a: string }[]
  ).map((r) => r.a);

describe("the reminder run", () => {
  it("reminds only active members who have not completed, once per scheduled day", async () => {
    const sentAt = new Date("2026-03-02T09:00:00Z");
    const { members } = await sendRound("r1", sentAt, [7, 14]);
    const dayAfter = new Date(sentAt.getTime() + DAY);
    await getDb()
      .update(invitations)
      .set({ usedAt: dayAfter })
      .where(eq(invitations.id, (await invitationOf(members.done)).id));
    await getDb()
      .update(invitations)
      .set({ startedAt: dayAfter })
      .where(eq(invitations.id, (await invitationOf(members.started)).id));
    await execute(getDb(), sql`UPDATE ${panelMembers} SET status = 'paused' WHERE id = ${members.paused}`);
    expect(await leavePanel(members.left, { by: { type: "member" } })).toBe("left");

    expect(await runDueReminders({ now: new Date(sentAt.getTime() + 6 * DAY) })).toEqual({
      rounds: 0,
      reminded: 0,
    });
    expect(await runDueReminders({ now: new Date(sentAt.getTime() + 7 * DAY) })).toEqual({
      rounds: 1,
      reminded: 2,
    });
    expect(await remindedAddresses("r1")).toEqual(["r1-started@example.nl", "r1-waiting@example.nl"]);
    // A second run the same week sends nothing more.
    expect(await runDueReminders({ now: new Date(sentAt.getTime() + 8 * DAY) })).toEqual({
      rounds: 0,
      reminded: 0,
    });
    // Day 14: the second reminder, to the same two.
    expect(await runDueReminders({ now: new Date(sentAt.getTime() + 14 * DAY) })).toEqual({
      rounds: 1,
      reminded: 2,
    });
    expect(await remindedAddresses("r1")).toHaveLength(4);
    expect(await runDueReminders({ now: new Date(sentAt.getTime() + 30 * DAY) })).toEqual({
      rounds: 0,
      reminded: 0,
    });
    const round = await queryRow(
      getDb(),
      sql`SELECT reminders_sent AS n FROM ${invitationRounds} ORDER BY id DESC`,
    );
    expect(round).toEqual({ n: 2 });
  });

  it("gives a reminder link that opens the same invitation, while the first link keeps working", async () => {
    const sentAt = new Date("2026-03-02T09:00:00Z");
    const { surveyId, members } = await sendRound("r2", sentAt, [7]);
    await runDueReminders({ now: new Date(sentAt.getTime() + 7 * DAY) });
    const address = "r2-waiting@example.nl";
    const first = tokenIn((await mailsTo(address, "invitation"))[0].text);
    const reminded = tokenIn((await mailsTo(address, "reminder"))[0].text);
    expect(reminded).not.toBe(first);
    const expected = (await invitationOf(members.waiting)).id;
    expect((await findUsableInvitation(surveyId, first))?.id).toBe(expected);
    expect((await findUsableInvitation(surveyId, reminded))?.id).toBe(expected);
    // Only hashes are stored.
    const stored = await queryRow(
      getDb(),
      sql`SELECT token_hash AS h FROM ${invitationTokens} WHERE invitation_id = ${expected}`,
    );
    expect(stored).toEqual({ h: hashSecret(reminded) });
    // A link for this survey does not open another.
    expect(await findUsableInvitation(surveyId + 1000, reminded)).toBeNull();
  });

  it("does not send a reminder twice when two processes run it for the same day", async () => {
    const sentAt = new Date("2026-03-02T09:00:00Z");
    const { roundId } = await sendRound("r3", sentAt, [7]);
    const at = new Date(sentAt.getTime() + 7 * DAY);
    expect((await runDueReminders({ now: at })).reminded).toBe(5);
    // The other process read the round before this one recorded its progress.
    await execute(getDb(), sql`UPDATE ${invitationRounds} SET reminders_sent = 0 WHERE id = ${roundId}`);
    expect((await runDueReminders({ now: at })).reminded).toBe(0);
    expect(await remindedAddresses("r3")).toHaveLength(5);
  });

  it("sends nothing for a survey that is no longer open", async () => {
    const sentAt = new Date("2026-03-02T09:00:00Z");
    const { surveyId } = await sendRound("r4", sentAt, [7]);
    await execute(getDb(), sql`UPDATE ${surveys} SET status = 'closed' WHERE id = ${surveyId}`);
    expect((await runDueReminders({ now: new Date(sentAt.getTime() + 8 * DAY) })).reminded).toBe(0);
    await getDb()
      .update(surveys)
      .set({ status: "open", closesAt: new Date(sentAt.getTime() + DAY) })
      .where(eq(surveys.id, surveyId));
    expect((await runDueReminders({ now: new Date(sentAt.getTime() + 8 * DAY) })).reminded).toBe(0);
    expect(await remindedAddresses("r4")).toEqual([]);
  });
});
