import { and, eq, like, sum } from "drizzle-orm";
import { describe, expect, it, vi } from "vitest";
import { setUpTempDatabase } from "@/lib/testing/temp-database";

// Replaced: the cookie layer (which session the request names) and next-intl's request-bound
// helpers, which the lifecycle module imports for its refusals.
vi.mock("@/auth", async () => (await import("@/lib/testing/session-cookie")).mockedAuth);
vi.mock("next/headers", async () => (await import("@/lib/testing/session-cookie")).mockedHeaders);
vi.mock("next-intl/server", () => ({
  getTranslations: async () => (key: string) => key,
  getLocale: async () => "nl",
  getFormatter: async () => ({}),
}));

setUpTempDatabase("anonymous-panel-attributes");

import { getDb } from "@/db/client";
import { mailOutbox, responses, resultCells, surveys } from "@/db/schema";
import { createInvitationRound, surveyForInvitations } from "@/lib/fieldwork/data/invitation-sending";
import { runDueReminders } from "@/lib/fieldwork/data/reminders";
import { drawFromPanel, panelForSampling } from "@/lib/fieldwork/data/sampling-frame";
import { transitionSurvey } from "@/lib/fieldwork/data/survey-transition";
import { completeResponse } from "@/lib/responses/data/response-completion";
import { testSurvey } from "@/lib/results/aggregate-test-survey";
import { insertResultsSurvey, insertStartedResponse } from "@/lib/results/data/result-cells-test-support";
import { saveResultSettings } from "@/lib/results/data/result-settings";
import { visibleQuestionIds } from "@/lib/surveys/definition/conditions";
import { signInAs } from "@/lib/testing/signed-in";
import { insertMember, insertPanel } from "../../panels/data/panel-test-support";
import { narrowedBelow, responsesPerLabel } from "./anonymous-panel-attributes-test-support";

const DAY = 24 * 60 * 60 * 1000;
const K = 5;
const YEAR = new Date().getFullYear();

/** Who is in the panel: [how many, age, sex, district]. Some groups are far smaller than k. */
const GROUPS: [number, number, string, string][] = [
  [10, 40, "vrouw", "Centrum"],
  [3, 42, "vrouw", "Oost"],
  [2, 44, "man", "Oost"],
  [6, 70, "man", "Zuid"],
  [1, 25, "anders", "Noord"],
  [4, 55, "vrouw", "Noord"],
];
const NOT_ANSWERING = 4;

/** A survey, a panel with the members above, and a round of invitations sent to all of them. */
async function fieldwork(slug: string, anonymity: "anonymous" | "pseudonymous" = "anonymous") {
  const db = getDb();
  const surveyId = await insertResultsSurvey(slug, testSurvey);
  await getDb().update(surveys).set({ anonymity }).where(eq(surveys.id, surveyId));
  const panelId = await insertPanel(slug);
  const answering: { email: string; profile: string }[] = [];
  const waiting: string[] = [];
  for (const [g, [n, age, sex, district]] of GROUPS.entries()) {
    for (let i = 0; i < n; i += 1) {
      const email = `${slug}-${g}-${i}@example.nl`;
      await insertMember(panelId, { email, birthYear: YEAR - age, sex, district });
      answering.push({ email, profile: `${age}/${sex}/${district}` });
    }
  }
  for (let i = 0; i < NOT_ANSWERING; i += 1) {
    const email = `${slug}-waiting-${i}@example.nl`;
    await insertMember(panelId, { email, birthYear: YEAR - 40, sex: "vrouw", district: "Centrum" });
    waiting.push(email);
  }
  const sentAt = new Date(Date.now() - DAY);
  const panel = await panelForSampling(db, panelId);
  const survey = await surveyForInvitations(db, surveyId);
  if (!panel || !survey) throw new Error("setup");
  const spec = { method: "all" as const };
  const sample = await drawFromPanel(db, { panel, surveyId, spec, seed: "00000001", now: sentAt });
  await createInvitationRound({
    survey,
    panel,
    spec,
    seed: "00000001",
    sample,
    reminderDays: [7],
    actorId: null,
    now: sentAt,
  });
  // Answering in an order that mixes the groups, as residents do: every 11th of the list (26
  // members, so each comes once).
  const order = answering.map((_, i) => answering[(i * 11) % answering.length] as (typeof answering)[number]);
  return { surveyId, panelId, sentAt, answering: order, waiting };
}

/** The token in the invitation mail to this address, as the member clicks it. */
async function tokenOf(email: string): Promise<string> {
  const [mail] = await getDb()
    .select({ text: mailOutbox.textBody })
    .from(mailOutbox)
    .where(and(eq(mailOutbox.toAddress, email), eq(mailOutbox.template, "invitation")));
  if (!mail) throw new Error(`no invitation mail to ${email}`);
  return /\/uitnodiging\/([A-Za-z0-9_-]{22})/.exec(mail.text)?.[1] ?? "";
}

const answers = { gender: { choice: "vrouw" }, support: { choices: ["wmo"] }, score: 7 };

/** The member opens the invitation, answers and submits: a started response, then completion. */
async function answer(surveyId: number, panelId: number, email: string) {
  const responseId = await insertStartedResponse(surveyId, { answers, channel: "panel", panelId });
  return await completeResponse({
    responseId,
    surveyId,
    visibleQuestionIds: [...visibleQuestionIds(testSurvey, answers)],
    invitationToken: await tokenOf(email),
  });
}

async function close(surveyId: number) {
  const [{ revision } = { revision: 0 }] = await getDb()
    .select({ revision: surveys.revision })
    .from(surveys)
    .where(eq(surveys.id, surveyId));
  await signInAs("staff");
  await transitionSurvey({ surveyId, to: "closed", expectedRevision: revision });
}

/** Panel respondents the cube counts, or null when it has no panel row. */
async function panelRespondentsInCube(surveyId: number): Promise<number | null> {
  const [row] = await getDb()
    .select({ n: sum(resultCells.count).mapWith(Number) })
    .from(resultCells)
    .where(
      and(
        eq(resultCells.surveyId, surveyId),
        eq(resultCells.questionId, "#respondents"),
        eq(resultCells.channel, "panel"),
      ),
    );
  return row?.n ?? null;
}

describe("an anonymous survey's panel responses, seen by whoever holds the database", () => {
  it("can never be narrowed to fewer than k members who answered, during fieldwork or after", async () => {
    const { surveyId, panelId, sentAt, answering, waiting } = await fieldwork("anon");
    for (const [i, { email }] of answering.entries()) {
      expect(await answer(surveyId, panelId, email)).toBe("completed");
      // Once k members have answered, no response and no cube row is held by fewer than k of them.
      if (i + 1 >= K) expect((await narrowedBelow(surveyId, K)).narrowed).toEqual([]);
    }
    expect((await narrowedBelow(surveyId, K)).responses).toBe(answering.length);
    // Not everything is dropped: the large group keeps its district for its later members.
    const withDistrict = await getDb().$count(
      responses,
      and(eq(responses.surveyId, surveyId), eq(responses.district, "Centrum")),
    );
    expect(withDistrict).toBeGreaterThan(0);

    // Reminders still go only to those who have not answered.
    expect((await runDueReminders({ now: new Date(sentAt.getTime() + 7 * DAY) })).reminded).toBe(
      NOT_ANSWERING,
    );
    const reminded = await getDb()
      .select({ a: mailOutbox.toAddress })
      .from(mailOutbox)
      .where(and(eq(mailOutbox.template, "reminder"), like(mailOutbox.toAddress, "anon-%")));
    expect(reminded.map((r) => r.a).sort()).toEqual([...waiting].sort());

    // Closing fieldwork leaves every label carried by at least k responses, the cube rebuilt to match.
    await close(surveyId);
    expect((await narrowedBelow(surveyId, K)).narrowed).toEqual([]);
    const labels = await responsesPerLabel(surveyId);
    for (const [label, n] of labels) expect({ label, atLeastK: n >= K }).toEqual({ label, atLeastK: true });
    // The price: a group keeps its district only with 2k − 1 respondents, as its first k − 1 were
    // stored coarser while fewer than k had answered. Ten members of 35-49/vrouw/Centrum: six keep it.
    expect(labels.get(`${panelId}/35-49/vrouw/Centrum`)).toBe(6);
    expect(await panelRespondentsInCube(surveyId)).toBe(answering.length);
    const cubeCells = await getDb()
      .select({
        ageGroup: resultCells.ageGroup,
        sex: resultCells.sex,
        district: resultCells.district,
        n: resultCells.count,
      })
      .from(resultCells)
      .where(
        and(
          eq(resultCells.surveyId, surveyId),
          eq(resultCells.questionId, "#respondents"),
          eq(resultCells.channel, "panel"),
        ),
      );
    expect(cubeCells.length).toBeGreaterThan(0);
    for (const cell of cubeCells) expect(cell.n).toBeGreaterThanOrEqual(K);
  });

  it("generalises the closed survey's responses again when staff raise k", async () => {
    const { surveyId, panelId, answering } = await fieldwork("raise");
    for (const { email } of answering) await answer(surveyId, panelId, email);
    await close(surveyId);
    const before = await responsesPerLabel(surveyId);
    // At k = 5 the six of 35-49/vrouw/Centrum keep their district; at k = 7 they cannot.
    expect(before.get(`${panelId}/35-49/vrouw/Centrum`)).toBe(6);
    await saveResultSettings(surveyId, {
      minCellSize: 7,
      minMeanGroup: 10,
      weighting: "raking",
      trimLow: 0.3,
      trimHigh: 3,
    });
    expect((await narrowedBelow(surveyId, 7)).narrowed).toEqual([]);
    for (const [label, n] of await responsesPerLabel(surveyId))
      expect({ label, atLeastK: n >= 7 }).toEqual({ label, atLeastK: true });
    expect((await responsesPerLabel(surveyId)).has(`${panelId}/35-49/vrouw/Centrum`)).toBe(false);
  });

  it("stores one response when one invitation is used in 20 browsers at once", async () => {
    const { surveyId, panelId, answering } = await fieldwork("twenty");
    const email = answering[0]?.email ?? "";
    const started: number[] = [];
    for (let i = 0; i < 20; i++)
      started.push(await insertStartedResponse(surveyId, { answers, channel: "panel", panelId }));
    const outcomes = await Promise.all(
      started.map(
        async (responseId) =>
          await completeResponse({
            responseId,
            surveyId,
            visibleQuestionIds: [...visibleQuestionIds(testSurvey, answers)],
            invitationToken: await tokenOf(email),
          }),
      ),
    );
    expect(outcomes.filter((o) => o === "completed")).toHaveLength(1);
    expect(outcomes.filter((o) => o === "invitation_used")).toHaveLength(19);
    expect(await getDb().$count(responses, eq(responses.surveyId, surveyId))).toBe(1);
    expect(await panelRespondentsInCube(surveyId)).toBe(1);
  });

  it("leaves a pseudonymous survey's responses as they were: its respondents were told", async () => {
    const { surveyId, panelId, answering } = await fieldwork("pseudo", "pseudonymous");
    for (const { email } of answering) await answer(surveyId, panelId, email);
    await close(surveyId);
    const lone = await getDb().$count(
      responses,
      and(
        eq(responses.surveyId, surveyId),
        eq(responses.ageGroup, "18-34"),
        eq(responses.sex, "anders"),
        eq(responses.district, "Noord"),
      ),
    );
    expect(lone).toBe(1);
  });
});
