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
import type { InputError } from "@/lib/auth/errors";
import { authSecret } from "@/lib/auth/secret";
import { MemberSessionError } from "@/lib/panel/member-session";
import { signUnsubscribeToken } from "@/lib/panel/unsubscribe";
import { enqueueMail } from "./mail-outbox";
import { exportMyData } from "./member-data-export";
import {
  confirmEmailChange,
  LOGIN_LINK_LIMITS,
  peekMemberLink,
  redeemLoginLink,
  requestLoginLink,
} from "./member-links";
import {
  getMyMembership,
  leaveMyPanel,
  listMyInvitations,
  pauseMyMembership,
  resumeMyMembership,
  updateMyProfile,
} from "./member-self-service";
import { createMemberSession, findSessionMember } from "./member-sessions";
import { findUnsubscribeTarget, unsubscribeByToken } from "./member-unsubscribe";
import { insertMember, insertPanel, insertPanelResponse, insertSurvey } from "./panel-test-support";

const sql = () => getDb().$client;
let seq = 0;
const client = () => `192.0.2.${++seq % 250}`;

function outboxTo(address: string) {
  return sql()
    .prepare("SELECT template, text_body AS text FROM mail_outbox WHERE to_address = ? ORDER BY id")
    .all(address) as { template: string; text: string }[];
}
function member(id: number) {
  return sql().prepare("SELECT * FROM panel_members WHERE id = ?").get(id) as Record<string, unknown>;
}
function tokenIn(text: string, route: string): string {
  const match = new RegExp(`/panel/${route}/([A-Za-z0-9_-]{22})`).exec(text);
  if (!match) throw new Error(`no ${route} link in: ${text}`);
  return match[1] as string;
}
function newMember(panel: string, email: string, extra: Parameters<typeof insertMember>[1] = {}) {
  const panelId = sql().prepare("SELECT id FROM panels WHERE slug = ?").get(panel) as
    | { id: number }
    | undefined;
  const id = insertMember(panelId?.id ?? insertPanel(panel), { email, ...extra });
  return id;
}
function signIn(memberId: number) {
  jar.member = createMemberSession(memberId).secret;
}
async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error("expected a refusal");
}

beforeEach(() => {
  jar.member = null;
});

describe("magic link", () => {
  it("mails a sign-in link to active and paused members only, and says the same for every address", () => {
    const active = newMember("ml", "actief@example.nl");
    newMember("ml", "pauze@example.nl", { status: "paused" });
    newMember("ml", "wacht@example.nl", { status: "pending" });
    for (const address of [
      "actief@example.nl",
      "pauze@example.nl",
      "wacht@example.nl",
      "onbekend@example.nl",
    ]) {
      expect(requestLoginLink(address, { client: client() })).toBe(true);
    }
    expect(outboxTo("actief@example.nl").map((m) => m.template)).toEqual(["panel_member_login"]);
    expect(outboxTo("pauze@example.nl").map((m) => m.template)).toEqual(["panel_member_login"]);
    expect(outboxTo("wacht@example.nl")).toEqual([]);
    expect(outboxTo("onbekend@example.nl")).toEqual([]);

    const token = tokenIn(outboxTo("actief@example.nl")[0]?.text ?? "", "inloggen");
    expect(peekMemberLink(token, "login")).toEqual({ panelName: "Panel ml" });
    expect(redeemLoginLink(token)).toEqual({ memberId: active });
    expect(redeemLoginLink(token)).toBeNull();
    expect(peekMemberLink(token, "login")).toBeNull();
  });

  it("expires after half an hour", () => {
    newMember("ml-exp", "laat@example.nl");
    const asked = Date.now() - 31 * 60_000;
    requestLoginLink("laat@example.nl", { client: client(), now: asked });
    const token = tokenIn(outboxTo("laat@example.nl")[0]?.text ?? "", "inloggen");
    expect(redeemLoginLink(token)).toBeNull();
  });

  it("limits links per address silently, and per client openly", () => {
    newMember("ml-lim", "veel@example.nl");
    for (let i = 0; i < LOGIN_LINK_LIMITS.perAddress.max + 2; i++)
      requestLoginLink("veel@example.nl", { client: client() });
    expect(outboxTo("veel@example.nl")).toHaveLength(LOGIN_LINK_LIMITS.perAddress.max);

    const from = "198.51.100.1";
    for (let i = 0; i < LOGIN_LINK_LIMITS.perClient.max; i++) {
      expect(requestLoginLink(`x${i}@example.nl`, { client: from })).toBe(true);
    }
    expect(requestLoginLink("nog-een@example.nl", { client: from })).toBe(false);
  });

  it("keeps a session for an hour without use, slides it with use, and ends it when the member leaves", () => {
    const id = newMember("sess", "sessie@example.nl");
    const t0 = Date.now();
    const { secret } = createMemberSession(id, getDb(), t0);
    expect(findSessionMember(secret, t0 + 59 * 60_000)).toMatchObject({ memberId: id });
    // Used at 59 minutes: good until 119.
    expect(findSessionMember(secret, t0 + 118 * 60_000)).toMatchObject({ memberId: id });
    expect(findSessionMember(secret, t0 + 180 * 60_000)).toBeNull();
    expect(findSessionMember("niet-een-geheim", t0)).toBeNull();
  });
});

describe("self-service needs the member's own session", () => {
  it("refuses every function without a session", async () => {
    for (const call of [
      getMyMembership,
      () => updateMyProfile({ email: "a@example.nl", birthYear: 1980, sex: "man", postcode: "4901 AB" }),
      pauseMyMembership,
      resumeMyMembership,
      leaveMyPanel,
      listMyInvitations,
      exportMyData,
    ]) {
      expect(await rejection(call())).toBeInstanceOf(MemberSessionError);
    }
  });

  it("reads and changes only the signed-in member", async () => {
    const me = newMember("scope", "ik@example.nl", { birthYear: 1970 });
    const other = newMember("scope", "ander@example.nl", { birthYear: 1990 });
    signIn(me);
    expect((await getMyMembership()).email).toBe("ik@example.nl");
    await pauseMyMembership();
    expect(member(me).status).toBe("paused");
    expect(member(other).status).toBe("active");
  });
});

describe("profile", () => {
  it("saves birth year, sex and postcode at once (district from the table), checks the minimum age", async () => {
    const panelId = insertPanel("prof", { minAge: 18 });
    sql()
      .prepare(
        "INSERT OR REPLACE INTO postcode_districts (postcode4, district) VALUES ('4907', 'Oosterheide')",
      )
      .run();
    const id = insertMember(panelId, { email: "prof@example.nl" });
    signIn(id);
    await updateMyProfile({ email: "prof@example.nl", birthYear: 1985, sex: "anders", postcode: "4907 XY" });
    expect(member(id)).toMatchObject({
      birth_year: 1985,
      sex: "anders",
      postcode: "4907 XY",
      district: "Oosterheide",
    });
    expect(outboxTo("prof@example.nl")).toEqual([]);

    const young = new Date().getFullYear() - 10;
    const error = await rejection(
      updateMyProfile({ email: "prof@example.nl", birthYear: young, sex: "man", postcode: "4907 XY" }),
    );
    expect((error as InputError).fieldErrors).toEqual({ birthYear: ["panels.validation.tooYoung"] });
  });

  it("uses a new address only after its mailed link is opened; other sessions end then", async () => {
    const id = newMember("mail", "oud@example.nl");
    signIn(id);
    const result = await updateMyProfile({
      email: "nieuw@example.nl",
      birthYear: 1980,
      sex: "vrouw",
      postcode: "4901 AB",
    });
    expect(result).toEqual({ emailChangeRequested: true });
    expect(member(id).email).toBe("oud@example.nl");
    expect((await getMyMembership()).pendingEmail).toBe("nieuw@example.nl");

    const token = tokenIn(outboxTo("nieuw@example.nl")[0]?.text ?? "", "email-bevestigen");
    getDb().transaction((tx) =>
      enqueueMail(tx, {
        to: "oud@example.nl",
        template: "panel_welcome",
        data: { panelName: "X", unsubscribeUrl: "https://x/y" },
      }),
    );
    expect(confirmEmailChange(token)).toEqual({ ok: true, panelName: "Panel mail" });
    expect(member(id).email).toBe("nieuw@example.nl");
    // The old address is no longer anyone's contact data here: no mail to it is kept.
    expect(outboxTo("oud@example.nl")).toEqual([]);
    expect(confirmEmailChange(token)).toEqual({ ok: false });
    expect(await rejection(getMyMembership())).toBeInstanceOf(MemberSessionError);
  });

  it("does not take over an address another member of the panel has meanwhile", async () => {
    const id = newMember("mail-b", "een@example.nl");
    signIn(id);
    await updateMyProfile({ email: "twee@example.nl", birthYear: 1980, sex: "vrouw", postcode: "4901 AB" });
    newMember("mail-b", "twee@example.nl");
    const token = tokenIn(outboxTo("twee@example.nl")[0]?.text ?? "", "email-bevestigen");
    expect(confirmEmailChange(token)).toEqual({ ok: false });
    expect(member(id).email).toBe("een@example.nl");
  });
});

describe("pause, resume, leave", () => {
  it("pauses and resumes", async () => {
    const id = newMember("pr", "pr@example.nl");
    signIn(id);
    await pauseMyMembership();
    expect(member(id)).toMatchObject({ status: "paused", paused_at: expect.any(Number) });
    await resumeMyMembership();
    expect(member(id)).toMatchObject({ status: "active", paused_at: null });
  });

  it("leaves: contact data gone, queued mail removed, session ended, no more mail afterwards", async () => {
    const id = newMember("weg", "weg@example.nl");
    getDb().transaction((tx) =>
      enqueueMail(tx, {
        to: "weg@example.nl",
        template: "panel_welcome",
        data: { panelName: "X", unsubscribeUrl: "https://x/y" },
      }),
    );
    signIn(id);
    await leaveMyPanel();
    expect(member(id)).toMatchObject({ email: null, postcode: null, status: "left" });
    expect(outboxTo("weg@example.nl")).toEqual([]);
    expect(sql().prepare("SELECT count(*) AS n FROM member_sessions WHERE member_id = ?").get(id)).toEqual({
      n: 0,
    });
    expect(await rejection(getMyMembership())).toBeInstanceOf(MemberSessionError);

    requestLoginLink("weg@example.nl", { client: client() });
    expect(outboxTo("weg@example.nl")).toEqual([]);
  });
});

describe("download my data", () => {
  it("holds profile, consents, invitations, and answers only of pseudonymous surveys", async () => {
    const panelId = insertPanel("dl");
    const id = insertMember(panelId, { email: "data@example.nl", birthYear: 1966, postcode: "4901 AB" });
    sql()
      .prepare("INSERT INTO member_consents (member_id, panel_id, privacy_version) VALUES (?, ?, 2)")
      .run(id, panelId);
    const pseudo = insertSurvey("dl-pseudo", "pseudonymous");
    const anon = insertSurvey("dl-anon", "anonymous");
    sql()
      .prepare("UPDATE survey_versions SET definition = ? WHERE survey_id = ?")
      .run(
        JSON.stringify({
          pages: [{ id: "p1", questions: [{ id: "q1", type: "short_text", text: "Wat vindt u?" }] }],
        }),
        pseudo,
      );
    const own = insertPanelResponse(pseudo, panelId, id);
    sql()
      .prepare("INSERT INTO answers (response_id, question_id, value) VALUES (?, 'q1', ?)")
      .run(own, JSON.stringify("Prima"));
    // An anonymous response carries no member at all; this one is linked only to prove the filter.
    const anonResponse = insertPanelResponse(anon, panelId, id);
    sql()
      .prepare("INSERT INTO answers (response_id, question_id, value) VALUES (?, 'q1', ?)")
      .run(anonResponse, JSON.stringify("Geheim"));
    const round = Number(
      sql()
        .prepare(
          "INSERT INTO invitation_rounds (survey_id, panel_id, sample, reminder_days) VALUES (?, ?, '{}', '[]')",
        )
        .run(pseudo, panelId).lastInsertRowid,
    );
    sql()
      .prepare(
        "INSERT INTO invitations (round_id, survey_id, panel_id, member_id, token_hash, used_at) VALUES (?, ?, ?, ?, 'h-dl', 1)",
      )
      .run(round, pseudo, panelId, id);

    signIn(id);
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

describe("one-click unsubscribe", () => {
  it("pauses an active member, withdraws an unconfirmed sign-up, and refuses a forged link", () => {
    const active = newMember("uns", "uns@example.nl");
    const pending = newMember("uns", "wacht-uns@example.nl", { status: "pending" });
    const secret = authSecret();
    expect(unsubscribeByToken(signUnsubscribeToken(active, secret))).toEqual({
      panelName: "Panel uns",
      result: "paused",
    });
    expect(member(active).status).toBe("paused");
    expect(unsubscribeByToken(signUnsubscribeToken(active, secret))).toEqual({
      panelName: "Panel uns",
      result: "unchanged",
    });
    expect(unsubscribeByToken(signUnsubscribeToken(pending, secret))).toEqual({
      panelName: "Panel uns",
      result: "withdrawn",
    });
    expect(member(pending)).toMatchObject({ email: null, status: "left" });

    const forged = `${active}.${"A".repeat(22)}`;
    expect(findUnsubscribeTarget(forged)).toBeNull();
    expect(unsubscribeByToken(forged)).toBeNull();
  });
});
