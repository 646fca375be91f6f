import { and, eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { setUpTempDatabase } from "@/lib/testing/temp-database";

vi.mock("@/auth", async () => (await import("@/lib/testing/session-cookie")).mockedAuth);
vi.mock("next/headers", async () => (await import("@/lib/testing/session-cookie")).mockedHeaders);

setUpTempDatabase("response-monitoring");

import { getDb } from "@/db/client";
import { execute } from "@/db/raw-sql";
import {
  invitationRounds,
  invitations,
  populationFigures,
  responses,
  surveys,
  surveyVersions,
} from "@/db/schema";
import { AuthorizationError } from "@/lib/accounts/errors";
import { insertMember, insertPanel, insertSurvey } from "@/lib/panels/data/panel-test-support";
import { eraseAnonymousResponseTrail } from "@/lib/responses/data/anonymous-response-trail";
import { signInAs } from "@/lib/testing/signed-in";
import { getResponseMonitoring } from "./response-monitoring";

const thisYear = new Date().getFullYear();
let surveyId = 0;
let panelId = 0;

type ResponseRow = {
  channel: string;
  panel?: number | null;
  status: "in_progress" | "completed";
  page?: string | null;
  completedAt?: string;
  ageGroup?: string | null;
  sex?: string | null;
  district?: string | null;
};
let responseSeq = 0;
async function insertResponse(row: ResponseRow) {
  responseSeq += 1;
  const versionId = (
    await getDb().select({ v: surveys.currentVersionId }).from(surveys).where(eq(surveys.id, surveyId))
  )[0]?.v;
  if (!versionId) throw new Error("setup: the survey has no version");
  await getDb()
    .insert(responses)
    .values({
      surveyId,
      versionId,
      channel: row.channel as "public" | "panel",
      panelId: row.panel ?? null,
      status: row.status,
      currentPageId: row.page ?? null,
      completedAt: row.completedAt ? new Date(row.completedAt) : null,
      ageGroup: row.ageGroup ?? null,
      sex: row.sex ?? null,
      district: row.district ?? null,
      resumeTokenHash: `m-${responseSeq}`,
      resumeCodeHash: `c-${responseSeq}`,
      resumeTokenSealed: "x",
      resumeCodeSealed: "x",
    });
}

beforeAll(async () => {
  surveyId = await insertSurvey("monitor");
  await getDb()
    .update(surveyVersions)
    .set({
      definition: {
        pages: [
          { id: "p1", title: "Over u" },
          { id: "p2", title: "Wonen" },
        ],
      },
    })
    .where(eq(surveyVersions.surveyId, surveyId));
  panelId = await insertPanel("monitor-panel");
  const members: number[] = [];
  for (let i = 0; i < 3; i++) {
    members.push(
      await insertMember(panelId, { district: "Centrum", birthYear: thisYear - 25, sex: "vrouw" }),
    );
  }
  members.push(await insertMember(panelId, { district: "Oost", birthYear: thisYear - 70, sex: "man" }));
  await insertMember(panelId, { district: "Oost", status: "paused" });
  const [{ id: roundId }] = await getDb()
    .insert(invitationRounds)
    .values({ surveyId, panelId, sample: {}, reminderDays: [] })
    .returning({ id: invitationRounds.id });
  for (const [i, memberId] of members.entries()) {
    await getDb()
      .insert(invitations)
      .values({ roundId, surveyId, panelId, memberId, tokenHash: `mon-${i}` });
  }
  // Public: two completed (the second just after midnight Dutch summer time), one stopped on p2, one before a page.
  await insertResponse({ channel: "public", status: "completed", completedAt: "2026-06-01T10:00:00Z" });
  await insertResponse({ channel: "public", status: "completed", completedAt: "2026-06-02T22:30:00Z" });
  await insertResponse({ channel: "public", status: "in_progress", page: "p2" });
  await insertResponse({ channel: "public", status: "in_progress", page: null });
  // Panel: two completed with coarse attributes, one stopped on p1.
  await insertResponse({
    channel: "panel",
    panel: panelId,
    status: "completed",
    completedAt: "2026-06-01T11:00:00Z",
    ageGroup: "18-34",
    sex: "vrouw",
    district: "Centrum",
  });
  await insertResponse({
    channel: "panel",
    panel: panelId,
    status: "completed",
    completedAt: "2026-06-04T09:00:00Z",
    ageGroup: "65-79",
    sex: "man",
    district: "Oost",
  });
  await insertResponse({ channel: "panel", panel: panelId, status: "in_progress", page: "p1" });
  // The two who completed used their invitations (a Centrum member and the Oost member). The
  // composition counts them from there: an anonymous response may carry no attribute at all.
  await execute(
    getDb(),
    sql`UPDATE ${invitations} SET used_at = created_at WHERE survey_id = ${surveyId} AND token_hash IN ('mon-0', 'mon-3')`,
  );
  await execute(
    getDb(),
    sql`UPDATE ${responses} SET age_group = NULL, sex = NULL, district = NULL WHERE survey_id = ${surveyId} AND district = 'Oost'`,
  );
  await getDb()
    .insert(populationFigures)
    .values({ dimension: "district", category: "Centrum", count: 600, source: "demo" });
  await getDb()
    .insert(populationFigures)
    .values({ dimension: "district", category: "Oost", count: 400, source: "demo" });
  await getDb()
    .insert(populationFigures)
    .values({ dimension: "age_group_sex", category: "18-34|vrouw", count: 250, source: "demo" });
});

describe("response monitoring", () => {
  it("counts invited, started and completed per channel and panel, with the response rate", async () => {
    await signInAs("staff");
    const monitoring = await getResponseMonitoring(surveyId);
    expect(monitoring?.channels).toEqual([
      {
        channel: "public",
        panelId: null,
        panelName: null,
        invited: null,
        started: 4,
        completed: 2,
        rate: null,
      },
      {
        channel: "panel",
        panelId,
        panelName: "Panel monitor-panel",
        invited: 4,
        started: 3,
        completed: 2,
        rate: 0.5,
      },
    ]);
    expect(monitoring?.totals).toEqual({ invited: 4, started: 7, completed: 4, rate: 0.5 });
  });

  it("counts completions per Dutch calendar day, with empty days in between", async () => {
    await signInAs("staff");
    const monitoring = await getResponseMonitoring(surveyId);
    expect(monitoring?.completionsPerDay).toEqual([
      { day: "2026-06-01", completed: 2 },
      { day: "2026-06-02", completed: 0 },
      { day: "2026-06-03", completed: 1 },
      { day: "2026-06-04", completed: 1 },
    ]);
  });

  it("shows where unfinished responses stopped, page by page", async () => {
    await signInAs("staff");
    const monitoring = await getResponseMonitoring(surveyId);
    expect(monitoring?.dropOff).toEqual({
      pages: [
        { pageId: "p1", title: "Over u", stopped: 1 },
        { pageId: "p2", title: "Wonen", stopped: 1 },
        { pageId: null, title: null, stopped: 1 },
      ],
      completed: 4,
    });
  });

  it("compares the panel respondents with the invited panel's active members and the population", async () => {
    await signInAs("staff");
    const monitoring = await getResponseMonitoring(surveyId);
    const district = monitoring?.composition.find((t) => t.dimension === "district");
    expect(district?.rows.map((r) => [r.category, r.respondents, r.panel, r.population])).toEqual([
      ["Centrum", 1, 3, 600],
      ["Oost", 1, 1, 400],
    ]);
    const age = monitoring?.composition.find((t) => t.dimension === "ageGroup");
    expect(age?.rows.map((r) => [r.category, r.respondents, r.panel, r.population])).toEqual([
      ["18-34", 1, 3, 250],
      ["65-79", 1, 1, null],
    ]);
    expect(monitoring?.populationSource).toBe("demo");
  });

  it("shows the same days, channels and drop-off once closing has erased the panel responses' moments", async () => {
    await signInAs("staff");
    const before = await getResponseMonitoring(surveyId);
    await eraseAnonymousResponseTrail(surveyId, { at: new Date("2026-06-10T12:00:00Z") });
    const moments = (
      await getDb()
        .selectDistinct({ at: responses.completedAt })
        .from(responses)
        .where(and(eq(responses.surveyId, surveyId), eq(responses.channel, "panel")))
    ).map((row) => ({ at: row.at?.getTime() ?? null }));
    expect(moments).toEqual(
      expect.arrayContaining([{ at: Date.parse("2026-06-10T12:00:00Z") }, { at: null }]),
    );
    const after = await getResponseMonitoring(surveyId);
    expect(after?.completionsPerDay).toEqual(before?.completionsPerDay);
    expect(after?.channels).toEqual(before?.channels);
    expect(after?.dropOff).toEqual(before?.dropOff);
  });

  it("is refused to the Adviesraad", async () => {
    await signInAs("adviesraad");
    await expect(getResponseMonitoring(surveyId)).rejects.toBeInstanceOf(AuthorizationError);
  });
});
