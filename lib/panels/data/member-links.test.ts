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

async function signIn(memberId: number) {
  jar.member = (await createMemberSession(memberId)).secret;
}

beforeEach(() => {
  jar.member = null;
});

describe("magic link", () => {
  it("mails a sign-in link to active and paused members only, and says the same for every address", async () => {
    const active = await newMember("ml", "actief@example.nl");
    await newMember("ml", "pauze@example.nl", { status: "paused" });
    await newMember("ml", "wacht@example.nl", { status: "pending" });
    for (const address of [
      "actief@example.nl",
      "pauze@example.nl",
      "wacht@example.nl",
      "onbekend@example.nl",
    ]) {
      expect(await requestLoginLink(address, { client: client() })).toBe(true);
    }
    expect((await outboxTo("actief@example.nl")).map((m) => m.template)).toEqual(["panel_member_login"]);
    expect((await outboxTo("pauze@example.nl")).map((m) => m.template)).toEqual(["panel_member_login"]);
    expect(await outboxTo("wacht@example.nl")).toEqual([]);
    expect(await outboxTo("onbekend@example.nl")).toEqual([]);

    const token = tokenIn((await outboxTo("actief@example.nl"))[0]?.text ?? "", "inloggen");
    expect(await peekMemberLink(token, "login")).toEqual({ panelName: "Panel ml" });
    expect(await redeemLoginLink(token)).toEqual({ memberId: active });
    expect(await redeemLoginLink(token)).toBeNull();
    expect(await peekMemberLink(token, "login")).toBeNull();
  });

  it("expires after half an hour", async () => {
    await newMember("ml-exp", "laat@example.nl");
    const asked = Date.now() - 31 * 60_000;
    await requestLoginLink("laat@example.nl", { client: client(), now: asked });
    const token = tokenIn((await outboxTo("laat@example.nl"))[0]?.text ?? "", "inloggen");
    expect(await redeemLoginLink(token)).toBeNull();
  });

  it("limits links per address silently, and per client openly", async () => {
    await newMember("ml-lim", "veel@example.nl");
    for (let i = 0; i < LOGIN_LINK_LIMITS.perAddress.max + 2; i++)
      await requestLoginLink("veel@example.nl", { client: client() });
    expect(await outboxTo("veel@example.nl")).toHaveLength(LOGIN_LINK_LIMITS.perAddress.max);

    const from = "198.51.100.1";
    for (let i = 0; i < LOGIN_LINK_LIMITS.perClient.max; i++) {
      expect(await requestLoginLink(`x${i}@example.nl`, { client: from })).toBe(true);
    }
    expect(await requestLoginLink("nog-een@example.nl", { client: from })).toBe(false);
  });

  it("keeps a session for an hour without use, slides it with use, and ends it when the member leaves", async () => {
    const id = await newMember("sess", "sessie@example.nl");
    const t0 = Date.now();
    const { secret } = await createMemberSession(id, getDb(), t0);
    expect(await findSessionMember(secret, t0 + 59 * 60_000)).toMatchObject({ memberId: id });
    // Used at 59 minutes: good until 119.
    expect(await findSessionMember(secret, t0 + 118 * 60_000)).toMatchObject({ memberId: id });
    expect(await findSessionMember(secret, t0 + 180 * 60_000)).toBeNull();
    expect(await findSessionMember("niet-een-geheim", t0)).toBeNull();
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
    const me = await newMember("scope", "ik@example.nl", { birthYear: 1970 });
    const other = await newMember("scope", "ander@example.nl", { birthYear: 1990 });
    await signIn(me);
    expect((await getMyMembership()).email).toBe("ik@example.nl");
    await pauseMyMembership();
    expect((await member(me)).status).toBe("paused");
    expect((await member(other)).status).toBe("active");
  });
});

describe("one-click unsubscribe", () => {
  it("pauses an active member, withdraws an unconfirmed sign-up, and refuses a forged link", async () => {
    const active = await newMember("uns", "uns@example.nl");
    const pending = await newMember("uns", "wacht-uns@example.nl", { status: "pending" });
    const secret = authSecret();
    expect(await unsubscribeByToken(signUnsubscribeToken(active, secret))).toEqual({
      panelName: "Panel uns",
      result: "paused",
    });
    expect((await member(active)).status).toBe("paused");
    // Used again: the same answer (lib/panels/data/member-unsubscribe.test.ts for why).
    expect(await unsubscribeByToken(signUnsubscribeToken(active, secret))).toEqual({
      panelName: "Panel uns",
      result: "paused",
    });
    expect(await unsubscribeByToken(signUnsubscribeToken(pending, secret))).toEqual({
      panelName: "Panel uns",
      result: "withdrawn",
    });
    expect(await member(pending)).toMatchObject({ email: null, status: "left" });

    const forged = `${active}.${"A".repeat(22)}`;
    expect(await findUnsubscribeTarget(forged)).toBeNull();
    expect(await unsubscribeByToken(forged)).toBeNull();
  });
});
