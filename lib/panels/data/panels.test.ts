import { and, asc, eq } from "drizzle-orm";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { setUpTempDatabase } from "@/lib/testing/temp-database";

vi.mock("@/auth", async () => (await import("@/lib/testing/session-cookie")).mockedAuth);
vi.mock("next/headers", async () => (await import("@/lib/testing/session-cookie")).mockedHeaders);

setUpTempDatabase("panels");

import { getDb } from "@/db/client";
import { auditLog, panelMembers } from "@/db/schema";
import { transaction } from "@/db/transaction";
import { AuthorizationError, InputError } from "@/lib/accounts/errors";
import { memberFilterSchema, panelSettingsSchema } from "@/lib/panels/schema";
import { errorOf } from "@/lib/testing/error-of";
import { signInAs, signOut } from "@/lib/testing/signed-in";
import { getMember, listMembers, MEMBER_PAGE_SIZE } from "./panel-member-list";
import { addMember, changeMemberStatus, updateMemberProfile } from "./panel-members";
import { insertDistricts, insertMember, insertPanel } from "./panel-test-support";
import { getPanel, listPanels, updatePanelSettings } from "./panels";

const filter = (raw: Record<string, string> = {}) => memberFilterSchema.parse(raw);
const AT = new Date("2025-06-01T12:00:00Z");
const statusOf = async (memberId: number) =>
  (
    await getDb()
      .select({ status: panelMembers.status })
      .from(panelMembers)
      .where(eq(panelMembers.id, memberId))
  )[0];
const districtOf = async (memberId: number) =>
  (
    await getDb()
      .select({ district: panelMembers.district })
      .from(panelMembers)
      .where(eq(panelMembers.id, memberId))
  )[0];

beforeEach(() => {
  signOut();
});

describe("panels for staff", () => {
  it("lists panels with their members counted per status", async () => {
    const id = await insertPanel("tellen");
    for (const status of ["active", "active", "paused", "left", "pending"])
      await insertMember(id, { status });
    await signInAs("staff");
    const panel = (await listPanels()).find((p) => p.id === id);
    expect(panel).toMatchObject({
      name: "Panel tellen",
      minAge: 16,
      members: { active: 2, paused: 1, left: 1, pending: 1 },
    });
    expect((await getPanel(id))?.members).toEqual({ active: 2, paused: 1, left: 1, pending: 1 });
    expect(await getPanel(999_999)).toBeNull();
  });

  it("saves settings; a new privacy text gets the next version; changes are audited", async () => {
    const id = await insertPanel("instellingen");
    const staffId = await signInAs("staff");
    const settings = (changes: Record<string, unknown> = {}) =>
      panelSettingsSchema.parse({
        panelId: String(id),
        name: "Digipanel",
        description: "Beschrijving",
        privacyText: "Privacytekst",
        minAge: "18",
        maxInvitationsPerYear: "6",
        ...changes,
      });
    expect(await updatePanelSettings(settings())).toEqual({
      changed: ["name", "minAge", "maxInvitationsPerYear"],
      privacyVersion: 1,
    });
    expect(await updatePanelSettings(settings())).toEqual({ changed: [], privacyVersion: 1 });
    expect(await updatePanelSettings(settings({ privacyText: "Nieuwe tekst" }))).toEqual({
      changed: ["privacyText"],
      privacyVersion: 2,
    });
    expect(await getPanel(id)).toMatchObject({
      name: "Digipanel",
      minAge: 18,
      maxInvitationsPerYear: 6,
      privacyVersion: 2,
      privacyText: "Nieuwe tekst",
    });
    const audit = await getDb()
      .select({ actorId: auditLog.actorId, details: auditLog.details })
      .from(auditLog)
      .where(and(eq(auditLog.action, "panel.settings_changed"), eq(auditLog.subjectId, String(id))))
      .orderBy(asc(auditLog.id));
    expect(audit).toHaveLength(2);
    expect(audit[0]?.actorId).toBe(staffId);
    expect(audit[1]?.details).toEqual({
      changed: ["privacyText"],
      privacyVersion: { from: 1, to: 2 },
    });
  });

  it("refuses the settings form's odd values with Dutch keys", () => {
    const result = panelSettingsSchema.safeParse({
      panelId: "1",
      name: "",
      description: "x",
      privacyText: "x",
      minAge: "15",
      maxInvitationsPerYear: "0",
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([
      ["name", "panels.validation.nameRequired"],
      ["minAge", "panels.validation.minAgeInvalid"],
      ["maxInvitationsPerYear", "panels.validation.maxInvitationsInvalid"],
    ]);
  });

  it.each(["adviesraad", "panel"] as const)("refuses a %s account every panel function", async (role) => {
    const id = await insertPanel(`geweigerd-${role}`);
    const memberId = await insertMember(id);
    await signInAs(role);
    // Each call is started only when its refusal is awaited, so none is left rejecting unwatched.
    for (const call of [
      () => listPanels(),
      () => getPanel(id),
      () => listMembers(id, filter()),
      () => getMember(id, memberId),
      () => changeMemberStatus({ panelId: id, memberId, change: "remove" }),
      () =>
        updatePanelSettings(
          panelSettingsSchema.parse({
            panelId: id,
            name: "x",
            description: "x",
            privacyText: "x",
            minAge: 16,
            maxInvitationsPerYear: 4,
          }),
        ),
    ]) {
      expect(await errorOf(call())).toBeInstanceOf(AuthorizationError);
    }
    expect(await statusOf(memberId)).toEqual({ status: "active" });
  });
});

describe("members for staff", () => {
  it("pages in SQL and filters by status, district, age group, sex and address", async () => {
    const id = await insertPanel("lijst");
    for (let i = 0; i < MEMBER_PAGE_SIZE + 3; i += 1)
      await insertMember(id, { email: `veel${i}@example.org`, district: "Centrum", birthYear: 1990 });
    await insertMember(id, {
      email: "jan@example.org",
      district: "Dorst",
      birthYear: 1950,
      sex: "man",
      status: "paused",
    });
    await insertMember(id, { email: "jong_lid@example.org", district: "Dorst", birthYear: 2005, sex: "man" });
    await signInAs("staff");

    const first = await listMembers(id, filter(), AT);
    expect(first).toMatchObject({ total: MEMBER_PAGE_SIZE + 5, page: 1, pageCount: 2 });
    expect(first.members).toHaveLength(MEMBER_PAGE_SIZE);
    expect((await listMembers(id, filter({ page: "2" }), AT)).members).toHaveLength(5);
    expect((await listMembers(id, filter({ page: "9" }), AT)).page).toBe(2);

    const emails = async (raw: Record<string, string>) =>
      (await listMembers(id, filter(raw), AT)).members.map((m) => m.email);
    expect(await emails({ status: "paused" })).toEqual(["jan@example.org"]);
    expect(await emails({ district: "Dorst", sex: "man" })).toEqual([
      "jong_lid@example.org",
      "jan@example.org",
    ]);
    expect(await emails({ ageGroup: "65-79" })).toEqual(["jan@example.org"]);
    expect(await emails({ ageGroup: "18-34", district: "Dorst" })).toEqual(["jong_lid@example.org"]);
    expect(await emails({ q: "JAN@" })).toEqual(["jan@example.org"]);
    // LIKE wildcards in the search are taken literally.
    expect(await emails({ q: "g_l" })).toEqual(["jong_lid@example.org"]);
    expect(await emails({ q: "%" })).toEqual([]);
    // Unknown filter values are dropped rather than refused.
    expect((await listMembers(id, filter({ status: "weg", ageGroup: "oud" }), AT)).total).toBe(
      MEMBER_PAGE_SIZE + 5,
    );
    expect((await listMembers(id, filter(), AT)).members[0]).toMatchObject({
      ageGroup: "18-34",
      district: "Dorst",
    });
  });

  it("shows one member with consents and invitation count, only within their own panel", async () => {
    const id = await insertPanel("detail");
    const other = await insertPanel("detail-ander");
    await signInAs("staff");
    await insertDistricts({ "4901": "Centrum" });
    const memberId = await transaction(
      async (tx) =>
        await addMember(tx, {
          panelId: id,
          email: " Piet@Example.org ",
          birthYear: 1970,
          sex: "man",
          postcode: "4901 AB",
          status: "active",
          joinedVia: "staff",
          consentVersion: 1,
        }),
    );
    const member = await getMember(id, memberId);
    expect(member).toMatchObject({
      email: "piet@example.org",
      district: "Centrum",
      invitationCount: 0,
      joinedVia: "staff",
    });
    expect(member?.consents).toEqual([{ privacyVersion: 1, consentedAt: expect.any(Date) }]);
    expect(await getMember(other, memberId)).toBeNull();
  });

  it("derives the district again when the postcode changes", async () => {
    const id = await insertPanel("afleiden");
    await insertDistricts({ "4901": "Centrum", "4911": "Dorst" });
    const memberId = await insertMember(id, { postcode: "4901 AB", district: "Centrum" });
    await updateMemberProfile(getDb(), memberId, { postcode: "4911 AA" });
    expect(await districtOf(memberId)).toEqual({ district: "Dorst" });
    await updateMemberProfile(getDb(), memberId, { postcode: "1012 AB" });
    expect(await districtOf(memberId)).toEqual({ district: null });
  });

  it("pauses, reactivates and removes; remove deletes the contact data", async () => {
    const id = await insertPanel("status");
    const memberId = await insertMember(id, { email: "status@example.org" });
    const other = await insertPanel("status-ander");
    await signInAs("staff");
    expect(await changeMemberStatus({ panelId: id, memberId, change: "pause" })).toEqual({
      status: "paused",
    });
    expect(await errorOf(changeMemberStatus({ panelId: id, memberId, change: "pause" }))).toBeInstanceOf(
      InputError,
    );
    expect(await changeMemberStatus({ panelId: id, memberId, change: "reactivate" })).toEqual({
      status: "active",
    });
    // The member id alone is not enough: it must be a member of the named panel.
    expect(await errorOf(changeMemberStatus({ panelId: other, memberId, change: "remove" }))).toBeInstanceOf(
      InputError,
    );
    expect(await changeMemberStatus({ panelId: id, memberId, change: "remove" })).toEqual({ status: "left" });
    expect(
      await getDb()
        .select({ email: panelMembers.email, postcode: panelMembers.postcode, status: panelMembers.status })
        .from(panelMembers)
        .where(eq(panelMembers.id, memberId)),
    ).toEqual([{ email: null, postcode: null, status: "left" }]);
    const actions = await getDb()
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(and(eq(auditLog.subjectType, "panel_member"), eq(auditLog.subjectId, String(memberId))))
      .orderBy(asc(auditLog.id));
    expect(actions).toEqual([
      { action: "panel_member.paused" },
      { action: "panel_member.reactivated" },
      { action: "panel_member.left" },
    ]);
  });
});
