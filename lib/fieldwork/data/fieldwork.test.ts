import { eq, sql } from "drizzle-orm";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { setUpTempDatabase } from "@/lib/testing/temp-database";

// Only the cookie layer is replaced: which session the request's cookie names.
vi.mock("@/auth", async () => (await import("@/lib/testing/session-cookie")).mockedAuth);
vi.mock("next/headers", async () => (await import("@/lib/testing/session-cookie")).mockedHeaders);

setUpTempDatabase("fieldwork");

import { getDb } from "@/db/client";
import { execute, queryRows } from "@/db/raw-sql";
import { auditLog, invitationRounds, invitations, mailOutbox, panelMembers, surveys } from "@/db/schema";
import { AuthorizationError, InputError } from "@/lib/accounts/errors";
import { insertMember, insertPanel, insertSurvey } from "@/lib/panels/data/panel-test-support";
import { hashSecret } from "@/lib/responses/resume-tokens";
import { errorOf } from "@/lib/testing/error-of";
import { signInAs, signOut } from "@/lib/testing/signed-in";
import { getInvitePage, previewInvitations, sendInvitations } from "./fieldwork";
import { count } from "./fieldwork-test-support";

const thisYear = new Date().getFullYear();

/** A panel with 6 young members in Centrum, 3 older ones in Oost, and one paused and one pending. */
async function panelWithMembers(slug: string, options: { maxInvitationsPerYear?: number } = {}) {
  const panelId = await insertPanel(slug, options);
  const young: number[] = [];
  for (let i = 0; i < 6; i++) {
    young.push(
      await insertMember(panelId, {
        district: "Centrum",
        birthYear: thisYear - 25,
        email: `${slug}-j${i}@example.nl`,
      }),
    );
  }
  const older: number[] = [];
  for (let i = 0; i < 3; i++) {
    older.push(
      await insertMember(panelId, {
        district: "Oost",
        birthYear: thisYear - 70,
        email: `${slug}-o${i}@example.nl`,
      }),
    );
  }
  await insertMember(panelId, { district: "Oost", birthYear: thisYear - 70, status: "paused" });
  await insertMember(panelId, { district: "Centrum", birthYear: thisYear - 25, status: "pending" });
  return { panelId, young, older };
}

let seedSeq = 0;
async function previewAndSend(
  surveyId: number,
  panelId: number,
  methode: "all" | "random" | "stratified",
  aantal = "",
) {
  seedSeq += 1;
  const spec = methode === "all" ? { method: methode } : { method: methode, n: Number(aantal) };
  const preview = await previewInvitations({
    surveyId,
    panelId,
    spec,
    seed: seedSeq.toString(16).padStart(8, "0"),
  });
  if (!preview) throw new Error("no preview");
  const sent = await sendInvitations({
    surveyId,
    panel: panelId,
    methode,
    aantal,
    herinneren: "7, 14",
    zaad: preview.seed,
    controle: preview.digest,
  });
  return { preview, sent };
}

beforeEach(() => {
  signOut();
});

describe("previewing and sending invitations", () => {
  it("shows the counts per stratum and exclusions, then sends exactly that sample", async () => {
    const staffId = await signInAs("staff");
    const surveyId = await insertSurvey("wonen");
    const { panelId } = await panelWithMembers("digi");
    const { preview, sent } = await previewAndSend(surveyId, panelId, "stratified", "6");

    const ageYoung = "18-34";
    expect(
      preview.strata.map((s) => [s.district, s.ageGroup, s.population, s.eligible, s.allocated, s.drawn]),
    ).toEqual([
      ["Centrum", ageYoung, 7, 6, 4, 4],
      ["Oost", "65-79", 4, 3, 2, 2],
    ]);
    expect(preview.exclusions).toMatchObject({ paused: 1, pending: 1, left: 0 });
    expect(sent).toMatchObject({ invited: 6, skipped: 0 });

    // Invitations with hashed tokens; each mail carries the one token that hashes to its row.
    const mails = (await queryRows(
      getDb(),
      sql`SELECT to_address, text_body, list_unsubscribe, template FROM ${mailOutbox} WHERE template = 'invitation'`,
    )) as { to_address: string; text_body: string; list_unsubscribe: string }[];
    expect(mails).toHaveLength(6);
    for (const mail of mails) {
      const token = /\/s\/wonen\/uitnodiging\/([A-Za-z0-9_-]{22})/.exec(mail.text_body)?.[1] ?? "";
      expect(token).toHaveLength(22);
      expect(
        await count(invitations, sql`token_hash = ${hashSecret(token)} AND survey_id = ${surveyId}`),
      ).toBe(1);
      expect(mail.text_body).not.toContain(hashSecret(token));
      expect(mail.list_unsubscribe).toMatch(/\/panel\/afmelden\/\d+\./);
    }
    expect(await count(invitations, sql`round_id = ${sent.roundId}`)).toBe(6);
    const round = (
      await getDb()
        .select({ reminderDays: invitationRounds.reminderDays, createdBy: invitationRounds.createdBy })
        .from(invitationRounds)
        .where(eq(invitationRounds.id, sent.roundId))
    )[0];
    expect(round).toEqual({ reminderDays: [7, 14], createdBy: staffId });
    expect(
      await count(auditLog, sql`action = 'fieldwork.invitations_sent' AND subject_id = ${String(surveyId)}`),
    ).toBe(1);

    const page = await getInvitePage(surveyId);
    expect(page?.rounds).toMatchObject([
      { id: sent.roundId, invited: 6, method: "stratified", n: 6, seed: preview.seed },
    ]);
    expect(page?.survey.publicUrl).toMatch(/\/s\/wonen$/);
  });

  it("does not invite a member twice to the same survey, and refuses the same send twice", async () => {
    await signInAs("staff");
    const surveyId = await insertSurvey("twice");
    const { panelId } = await panelWithMembers("twice");
    const first = await previewAndSend(surveyId, panelId, "random", "4");
    expect(first.sent.invited).toBe(4);
    // The same post again: the round with this seed exists.
    const again = await errorOf(
      sendInvitations({
        surveyId,
        panel: panelId,
        methode: "random",
        aantal: "4",
        herinneren: "7",
        zaad: first.preview.seed,
        controle: first.preview.digest,
      }),
    );
    expect(again).toBeInstanceOf(InputError);
    // A new preview excludes those invited already; the whole rest gets an invitation.
    const rest = await previewAndSend(surveyId, panelId, "all");
    expect(rest.preview.exclusions.alreadyInvited).toBe(4);
    expect(rest.sent.invited).toBe(5);
    expect(await count(invitations, sql`survey_id = ${surveyId}`)).toBe(9);
  });

  it("refuses when the panel changed since the preview, and sends nothing", async () => {
    await signInAs("staff");
    const surveyId = await insertSurvey("changed");
    const { panelId, young } = await panelWithMembers("changed");
    const preview = await previewInvitations({
      surveyId,
      panelId,
      spec: { method: "all" },
      seed: "12345678",
    });
    await execute(getDb(), sql`UPDATE ${panelMembers} SET status = 'paused' WHERE id = ${young[0]}`);
    const error = await errorOf(
      sendInvitations({
        surveyId,
        panel: panelId,
        methode: "all",
        aantal: "",
        herinneren: "",
        zaad: "12345678",
        controle: preview?.digest ?? "",
      }),
    );
    expect((error as InputError).formError).toBe("fieldwork.errors.panelChanged");
    expect(await count(invitations, sql`survey_id = ${surveyId}`)).toBe(0);
    expect(await count(invitationRounds, sql`survey_id = ${surveyId}`)).toBe(0);
  });

  it("counts invitations toward the yearly limit", async () => {
    await signInAs("staff");
    const { panelId } = await panelWithMembers("limit", { maxInvitationsPerYear: 2 });
    for (const slug of ["limit-a", "limit-b"]) await previewAndSend(await insertSurvey(slug), panelId, "all");
    const third = await previewInvitations({
      surveyId: await insertSurvey("limit-c"),
      panelId,
      spec: { method: "all" },
      seed: "00000000",
    });
    expect(third).toMatchObject({ eligible: 0, drawn: 0, exclusions: { invitationLimit: 9 } });
  });

  it("sends only for a survey that is ready or open", async () => {
    await signInAs("staff");
    const surveyId = await insertSurvey("closed");
    const { panelId } = await panelWithMembers("closed");
    const preview = await previewInvitations({
      surveyId,
      panelId,
      spec: { method: "all" },
      seed: "abcdef01",
    });
    await execute(getDb(), sql`UPDATE ${surveys} SET status = 'closed' WHERE id = ${surveyId}`);
    const error = await errorOf(
      sendInvitations({
        surveyId,
        panel: panelId,
        methode: "all",
        aantal: "",
        herinneren: "7",
        zaad: "abcdef01",
        controle: preview?.digest ?? "",
      }),
    );
    expect((error as InputError).formError).toBe("fieldwork.errors.surveyNotSendable");
    expect(await count(invitations, sql`survey_id = ${surveyId}`)).toBe(0);
  });

  it("refuses the Adviesraad and residents: nothing is drawn or sent", async () => {
    await signInAs("staff");
    const surveyId = await insertSurvey("refused");
    const { panelId } = await panelWithMembers("refused");
    const preview = await previewInvitations({
      surveyId,
      panelId,
      spec: { method: "all" },
      seed: "aaaaaaaa",
    });
    for (const role of ["adviesraad", "panel"] as const) {
      await signInAs(role);
      const input = {
        surveyId,
        panel: panelId,
        methode: "all" as const,
        aantal: "",
        herinneren: "7",
        zaad: "aaaaaaaa",
        controle: preview?.digest ?? "",
      };
      expect(await errorOf(sendInvitations(input))).toBeInstanceOf(AuthorizationError);
      expect(await errorOf(getInvitePage(surveyId))).toBeInstanceOf(AuthorizationError);
    }
    signOut();
    expect(
      await errorOf(previewInvitations({ surveyId, panelId, spec: { method: "all" }, seed: "a" })),
    ).toBeInstanceOf(AuthorizationError);
    expect(await count(invitations, sql`survey_id = ${surveyId}`)).toBe(0);
    expect(await count(mailOutbox, sql`template = 'invitation' AND to_address LIKE 'refused-%'`)).toBe(0);
  });
});
