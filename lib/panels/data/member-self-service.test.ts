import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { setUpTempDatabase } from "@/lib/testing/temp-database";

// Only the cookie layer is replaced: which member session this request's cookie carries.
const jar = vi.hoisted(() => ({ member: null as string | null }));
vi.mock("@/auth", () => ({ auth: async () => null }));
vi.mock("next/headers", () => ({
  cookies: async () => ({
    getAll: () => [],
    get: (name: string) => (name === "peiling_lid" && jar.member ? { name, value: jar.member } : undefined),
  }),
}));

setUpTempDatabase("member-self-service");

import { getDb } from "@/db/client";
import {
  answers,
  invitationRounds,
  invitations,
  memberConsents,
  memberSessions,
  surveyVersions,
} from "@/db/schema";
import { transaction } from "@/db/transaction";
import type { InputError } from "@/lib/accounts/errors";
import { enqueueMail } from "@/lib/mail/data/mail-outbox";
import { MemberSessionError } from "@/lib/panels/data/member-session";
import { errorOf } from "@/lib/testing/error-of";
import { exportMyData } from "./member-data-export";
import { confirmEmailChange, requestLoginLink } from "./member-links";
import {
  getMyMembership,
  leaveMyPanel,
  listMyInvitations,
  pauseMyMembership,
  resumeMyMembership,
  updateMyProfile,
} from "./member-self-service";
import { client, member, newMember, outboxTo, tokenIn } from "./member-self-service-test-support";
import { createMemberSession } from "./member-sessions";
import {
  insertDistricts,
  insertMember,
  insertPanel,
  insertPanelResponse,
  insertSurvey,
} from "./panel-test-support";

async function signIn(memberId: number) {
  jar.member = (await createMemberSession(memberId)).secret;
}

beforeEach(() => {
  jar.member = null;
});

describe("profile", () => {
  it("saves birth year, sex and postcode at once (district from the table), checks the minimum age", async () => {
    const panelId = await insertPanel("prof", { minAge: 18 });
    await insertDistricts({ "4907": "Oosterheide" });
    const id = await insertMember(panelId, { email: "prof@example.nl" });
    await signIn(id);
    await updateMyProfile({ email: "prof@example.nl", birthYear: 1985, sex: "anders", postcode: "4907 XY" });
    expect(await member(id)).toMatchObject({
      birthYear: 1985,
      sex: "anders",
      postcode: "4907 XY",
      district: "Oosterheide",
    });
    expect(await outboxTo("prof@example.nl")).toEqual([]);

    const young = new Date().getFullYear() - 10;
    const error = await errorOf(
      updateMyProfile({ email: "prof@example.nl", birthYear: young, sex: "man", postcode: "4907 XY" }),
    );
    expect((error as InputError).fieldErrors).toEqual({ birthYear: ["panels.validation.tooYoung"] });
  });

  it("uses a new address only after its mailed link is opened; other sessions end then", async () => {
    const id = await newMember("mail", "oud@example.nl");
    await signIn(id);
    const result = await updateMyProfile({
      email: "nieuw@example.nl",
      birthYear: 1980,
      sex: "vrouw",
      postcode: "4901 AB",
    });
    expect(result).toEqual({ emailChangeRequested: true });
    expect((await member(id)).email).toBe("oud@example.nl");
    expect((await getMyMembership()).pendingEmail).toBe("nieuw@example.nl");

    const token = tokenIn((await outboxTo("nieuw@example.nl"))[0]?.text ?? "", "email-bevestigen");
    await transaction(
      async (tx) =>
        await enqueueMail(tx, {
          to: "oud@example.nl",
          template: "panel_welcome",
          data: { panelName: "X", unsubscribeUrl: "https://x/y" },
        }),
    );
    expect(await confirmEmailChange(token)).toEqual({ ok: true, panelName: "Panel mail" });
    expect((await member(id)).email).toBe("nieuw@example.nl");
    // The old address is no longer anyone's contact data here: no mail to it is kept.
    expect(await outboxTo("oud@example.nl")).toEqual([]);
    expect(await confirmEmailChange(token)).toEqual({ ok: false });
    expect(await errorOf(getMyMembership())).toBeInstanceOf(MemberSessionError);
  });

  it("does not take over an address another member of the panel has meanwhile", async () => {
    const id = await newMember("mail-b", "een@example.nl");
    await signIn(id);
    await updateMyProfile({ email: "twee@example.nl", birthYear: 1980, sex: "vrouw", postcode: "4901 AB" });
    await newMember("mail-b", "twee@example.nl");
    const token = tokenIn((await outboxTo("twee@example.nl"))[0]?.text ?? "", "email-bevestigen");
    expect(await confirmEmailChange(token)).toEqual({ ok: false });
    expect((await member(id)).email).toBe("een@example.nl");
  });
});

describe("pause, resume, leave", () => {
  it("pauses and resumes", async () => {
    const id = await newMember("pr", "pr@example.nl");
    await signIn(id);
    await pauseMyMembership();
    expect(await member(id)).toMatchObject({ status: "paused", pausedAt: expect.any(Date) });
    await resumeMyMembership();
    expect(await member(id)).toMatchObject({ status: "active", pausedAt: null });
  });

  it("leaves: contact data gone, queued mail removed, session ended, no more mail afterwards", async () => {
    const id = await newMember("weg", "weg@example.nl");
    await transaction(
      async (tx) =>
        await enqueueMail(tx, {
          to: "weg@example.nl",
          template: "panel_welcome",
          data: { panelName: "X", unsubscribeUrl: "https://x/y" },
        }),
    );
    await signIn(id);
    await leaveMyPanel();
    expect(await member(id)).toMatchObject({ email: null, postcode: null, status: "left" });
    expect(await outboxTo("weg@example.nl")).toEqual([]);
    expect(await getDb().$count(memberSessions, eq(memberSessions.memberId, id))).toBe(0);
    expect(await errorOf(getMyMembership())).toBeInstanceOf(MemberSessionError);

    await requestLoginLink("weg@example.nl", { client: client() });
    expect(await outboxTo("weg@example.nl")).toEqual([]);
  });
});

describe("download my data", () => {
  it("holds profile, consents, invitations, and answers only of pseudonymous surveys", async () => {
    const panelId = await insertPanel("dl");
    const id = await insertMember(panelId, {
      email: "data@example.nl",
      birthYear: 1966,
      postcode: "4901 AB",
    });
    await getDb().insert(memberConsents).values({ memberId: id, panelId, privacyVersion: 2 });
    const pseudo = await insertSurvey("dl-pseudo", "pseudonymous");
    const anon = await insertSurvey("dl-anon", "anonymous");
    await getDb()
      .update(surveyVersions)
      .set({
        definition: {
          pages: [{ id: "p1", questions: [{ id: "q1", type: "short_text", text: "Wat vindt u?" }] }],
        },
      })
      .where(eq(surveyVersions.surveyId, pseudo));
    const own = await insertPanelResponse(pseudo, panelId, id);
    await getDb().insert(answers).values({ responseId: own, questionId: "q1", value: "Prima" });
    // An anonymous response carries no member at all; this one is linked only to prove the filter.
    const anonResponse = await insertPanelResponse(anon, panelId, id);
    await getDb().insert(answers).values({ responseId: anonResponse, questionId: "q1", value: "Geheim" });
    const [round] = await getDb()
      .insert(invitationRounds)
      .values({ surveyId: pseudo, panelId, sample: {}, reminderDays: [] })
      .returning({ id: invitationRounds.id });
    await getDb()
      .insert(invitations)
      .values({
        roundId: round?.id ?? 0,
        surveyId: pseudo,
        panelId,
        memberId: id,
        tokenHash: "h-dl",
        usedAt: new Date(1),
      });

    await signIn(id);
    const data = await exportMyData();
    expect(data.profile).toMatchObject({
      email: "data@example.nl",
      birthYear: 1966,
      postcode: "4901 AB",
      status: "active",
    });
    expect(data.consents).toEqual([{ privacyVersion: 2, consentedAt: expect.any(String) }]);
    expect(data.invitations).toEqual([
      { survey: "Enquête dl-pseudo", invitedAt: expect.any(String), status: "completed", pseudonymous: true },
    ]);
    expect(data.answers).toHaveLength(1);
    expect(data.answers[0]).toMatchObject({
      survey: "Enquête dl-pseudo",
      answers: [{ questionId: "q1", question: "Wat vindt u?", value: "Prima" }],
    });
    expect(JSON.stringify(data)).not.toContain("Geheim");
    expect(await listMyInvitations()).toEqual([
      {
        surveyTitle: "Enquête dl-pseudo",
        invitedAt: expect.any(Date),
        status: "completed",
        pseudonymous: true,
      },
    ]);
  });
});
