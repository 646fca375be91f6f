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

setUpTempDatabase("member-links");

import { getDb } from "@/db/client";
import { authSecret } from "@/lib/accounts/data/secret";
import { MemberSessionError } from "@/lib/panels/data/member-session";
import { signUnsubscribeToken } from "@/lib/panels/data/unsubscribe";
import { errorOf } from "@/lib/testing/error-of";
import { exportMyData } from "./member-data-export";
import { LOGIN_LINK_LIMITS, peekMemberLink, redeemLoginLink, requestLoginLink } from "./member-links";
import {
  getMyMembership,
  leaveMyPanel,
  listMyInvitations,
  pauseMyMembership,
  resumeMyMembership,
  updateMyProfile,
} from "./member-self-service";
import { client, member, newMember, outboxTo, tokenIn } from "./member-self-service-test-support";
import { createMemberSession, findSessionMember } from "./member-sessions";
import { findUnsubscribeTarget, unsubscribeByToken } from "./member-unsubscribe";

function signIn(memberId: number) {
  jar.member = createMemberSession(memberId).secret;
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
      expect(await errorOf(call())).toBeInstanceOf(MemberSessionError);
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
    // Used again: the same answer (lib/panels/data/member-unsubscribe.test.ts for why).
    expect(unsubscribeByToken(signUnsubscribeToken(active, secret))).toEqual({
      panelName: "Panel uns",
      result: "paused",
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
