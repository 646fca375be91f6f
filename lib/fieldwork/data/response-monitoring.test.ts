import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { setUpTempDatabase } from "@/lib/testing/temp-database";

vi.mock("@/auth", async () => (await import("@/lib/testing/session-cookie")).mockedAuth);
vi.mock("next/headers", async () => (await import("@/lib/testing/session-cookie")).mockedHeaders);

setUpTempDatabase("response-monitoring");

import { getDb } from "@/db/client";
import { execute, queryRow, queryRows, requiredRow } from "@/db/raw-sql";
import { invitations, responses, surveys, surveyVersions } from "@/db/schema";
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
    (await queryRow(getDb(), sql`SELECT current_version_id AS v FROM ${surveys} WHERE id = ${surveyId}`)) as {
      v: number;
    }
  ).v;
  await execute(
    getDb(),
    sql`INSERT INTO responses (survey_id, version_id, channel, panel_id, status, current_page_id, completed_at,
         age_group, sex, district, resume_token_hash, resume_code_hash, resume_token_sealed, resume_code_sealed)
       VALUES (${surveyId}, ${versionId}, ${row.channel}, ${row.panel ?? null}, ${row.status}, ${row.page ?? null}, ${row.completedAt ? Date.parse(row.completedAt) : null}, ${row.ageGroup ?? null}, ${row.sex ?? null}, ${row.district ?? null}, ${`m-${responseSeq}`}, ${`c-${responseSeq}`}, 'x', 'x')`,
  );
}

beforeAll(async () => {
  surveyId = await insertSurvey("monitor");
  await execute(
    getDb(),
    sql`UPDATE ${surveyVersions} SET definition = ${JSON.stringify({
      pages: [
        { id: "p1", title: "Over u" },
        { id: "p2", title: "Wonen" },
      ],
    })} WHERE survey_id = ${surveyId}`,
  );
  panelId = await insertPanel("monitor-panel");
  const members: number[] = [];
  for (let i = 0; i < 3; i++) {
    members.push(
      await insertMember(panelId, { district: "Centrum", birthYear: thisYear - 25, sex: "vrouw" }),
    );
  }
  members.push(await insertMember(panelId, { district: "Oost", birthYear: thisYear - 70, sex: "man" }));
  await insertMember(panelId, { district: "Oost", status: "paused" });
  const roundId = Number(
    (
      await requiredRow<{ id: number }>(
        getDb(),
        sql`INSERT INTO invitation_rounds (survey_id, panel_id, sample, reminder_days) VALUES (${surveyId}, ${panelId}, '{}', '[]') RETURNING id`,
      )
    ).id,
  );
  for (const [i, memberId] of members.entries()) {
    await execute(
      getDb(),
      sql`INSERT INTO invitations (round_id, survey_id, panel_id, member_id, token_hash) VALUES (${roundId}, ${surveyId}, ${panelId}, ${memberId}, ${`mon-${i}`})`,
    );
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
  await execute(
    getDb(),
    sql`INSERT INTO population_figures (dimension, category, count, source) VALUES (${"district"}, ${"Centrum"}, ${600}, 'demo')`,
  );
  await execute(
    getDb(),
    sql`INSERT INTO population_figures (dimension, category, count, source) VALUES (${"district"}, ${"Oost"}, ${400}, 'demo')`,
  );
  await execute(
    getDb(),
    sql`INSERT INTO population_figures (dimension, category, count, source) VALUES (${"age_group_sex"}, ${"18-34|vrouw"}, ${250}, 'demo')`,
  );
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
    const moments = await queryRows(
      getDb(),
      sql`SELECT DISTINCT completed_at AS at FROM ${responses} WHERE survey_id = ${surveyId} AND channel = 'panel'`,
    );
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
