import { type SQL, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
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

setUpTempDatabase("anonymous-response-trail");

import { getDb } from "@/db/client";
import { epochMs, jsonNumber, jsonText, momentValue } from "@/db/dialect";
import { execute, queryRow, queryRows } from "@/db/raw-sql";
import {
  answers,
  invitations,
  invitationTokens,
  mailOutbox,
  openAnswerReviews,
  responses,
  surveys,
} from "@/db/schema";
import { createInvitationRound, surveyForInvitations } from "@/lib/fieldwork/data/invitation-sending";
import { runDueReminders } from "@/lib/fieldwork/data/reminders";
import { getResponseMonitoring } from "@/lib/fieldwork/data/response-monitoring";
import { drawFromPanel, panelForSampling } from "@/lib/fieldwork/data/sampling-frame";
import { transitionSurvey } from "@/lib/fieldwork/data/survey-transition";
import { syncOpenAnswerQueue } from "@/lib/moderation/data/open-answer-sync";
import { insertMember, insertPanel } from "@/lib/panels/data/panel-test-support";
import { testSurvey } from "@/lib/results/aggregate-test-survey";
import { narrowedBelow, narrowedByTime } from "@/lib/results/data/anonymous-panel-attributes-test-support";
import { insertResultsSurvey, insertStartedResponse } from "@/lib/results/data/result-cells-test-support";
import { visibleQuestionIds } from "@/lib/surveys/definition/conditions";
import { signInAs } from "@/lib/testing/signed-in";
import { closeAnonymousPanelFieldwork } from "./anonymous-response-trail";
import { completeResponse } from "./response-completion";
import { physicalRowOrder } from "./responses-sql";

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;
const K = 5;
const YEAR = new Date().getFullYear();
/** Fieldwork starts twelve days ago, at 09:00 UTC; the clock is moved by hand from there. */
const START = Math.floor((Date.now() - 12 * DAY) / DAY) * DAY + 9 * HOUR;

/** Who is in the panel: [how many, age, sex, district]. */
const GROUPS: [number, number, string, string][] = [
  [10, 40, "vrouw", "Centrum"],
  [3, 42, "vrouw", "Oost"],
  [2, 44, "man", "Oost"],
  [6, 70, "man", "Zuid"],
  [1, 25, "anders", "Noord"],
  [4, 55, "vrouw", "Noord"],
];
/** How many answer before the first reminder, between the two, and after the second. */
const WINDOWS = [12, 3, 11];
const NEVER = 4;

let surveyId = 0;
let panelId = 0;
let marker = 0;
let members: string[] = [];
const waiting: string[] = [];

/** Answers that say which response they were given in: the story names it, age and score follow. */
function answersNumbered(n: number) {
  return {
    gender: { choice: "vrouw" },
    support: { choices: ["wmo"] },
    score: n % 11,
    age: 18 + n,
    story: `Verhaal nummer ${n}`,
  };
}

function at(moment: number) {
  vi.setSystemTime(moment);
}

/** The token in the invitation mail to this address, as the member clicks it. */
async function tokenOf(email: string): Promise<string> {
  const mail = (await queryRow(
    getDb(),
    sql`SELECT text_body AS text FROM ${mailOutbox} WHERE to_address = ${email} AND template = 'invitation'`,
  )) as { text: string };
  return /\/uitnodiging\/([A-Za-z0-9_-]{22})/.exec(mail.text)?.[1] ?? "";
}

/** One response through the pages: started, answered, completed now (the faked clock). */
async function respond(input: { channel: "public" } | { channel: "panel"; email: string }) {
  marker += 1;
  const answers = answersNumbered(marker);
  const responseId = await insertStartedResponse(surveyId, {
    answers,
    channel: input.channel,
    panelId: input.channel === "panel" ? panelId : null,
  });
  const outcome = await completeResponse({
    responseId,
    surveyId,
    visibleQuestionIds: [...visibleQuestionIds(testSurvey, answers)],
    invitationToken: input.channel === "panel" ? await tokenOf(input.email) : null,
  });
  expect(outcome).toBe("completed");
}

/** Staff take a lifecycle step (signed in anew: the clock moves by days between steps). */
async function step(to: "open" | "closed") {
  await signInAs("staff");
  const { revision } = (await queryRow(
    getDb(),
    sql`SELECT revision FROM ${surveys} WHERE id = ${surveyId}`,
  )) as {
    revision: number;
  };
  await transitionSurvey({ surveyId, to, expectedRevision: revision });
}

type Snapshot = { id: number; story: string; age: number; score: number; answers: number };

/** The survey's anonymous completed panel responses with the answers stored under their ids. */
async function anonymousResponses(): Promise<Snapshot[]> {
  return (await queryRows(
    getDb(),
    sql`SELECT r.id,
         (SELECT ${jsonText(answers.value)} FROM ${answers} WHERE response_id = r.id AND question_id = 'story') AS story,
         (SELECT ${jsonNumber(answers.value)} FROM ${answers} WHERE response_id = r.id AND question_id = 'age') AS age,
         (SELECT ${jsonNumber(answers.value)} FROM ${answers} WHERE response_id = r.id AND question_id = 'score') AS score,
         (SELECT count(*) FROM ${answers} WHERE response_id = r.id) AS answers
       FROM ${responses} r
       WHERE r.survey_id = ${surveyId} AND r.channel = 'panel' AND r.member_id IS NULL AND r.status = 'completed'
       ORDER BY r.id`,
  )) as Snapshot[];
}

/** Every answer still belongs to the response it was given in: its story, age and score agree. */
function expectAnswersWithTheirResponses(rows: Snapshot[]) {
  for (const row of rows) {
    const n = Number(/Verhaal nummer (\d+)/.exec(row.story)?.[1]);
    expect({ id: row.id, age: row.age, score: row.score }).toEqual({
      id: row.id,
      age: 18 + n,
      score: n % 11,
    });
  }
}

/** The distinct values of a moment column of these rows, as milliseconds (null stays null). */
const distinct = async (column: string, table = "responses r", where = "") =>
  (
    (await queryRows(
      getDb(),
      sql`SELECT DISTINCT ${epochMs(sql.raw(column))} AS v FROM ${sql.raw(table)}
         WHERE r.survey_id = ${surveyId} AND r.channel = 'panel' AND r.member_id IS NULL ${sql.raw(where)}`,
    )) as { v: number | null }[]
  ).map((row) => row.v);

/** What the monitoring page shows staff: completions per day. */
async function perDay() {
  await signInAs("staff");
  return (await getResponseMonitoring(surveyId))?.completionsPerDay ?? [];
}

beforeAll(async () => {
  vi.useFakeTimers({ toFake: ["Date"] });
  at(START - HOUR);
  surveyId = await insertResultsSurvey("trail", testSurvey);
  panelId = await insertPanel("trail");
  for (const [g, [n, age, sex, district]] of GROUPS.entries()) {
    for (let i = 0; i < n; i += 1) {
      const email = `trail-${g}-${i}@example.nl`;
      await insertMember(panelId, { email, birthYear: YEAR - age, sex, district });
      members.push(email);
    }
  }
  // Answering in an order that mixes the groups: every 11th of the list (26 members).
  members = members.map((_, i) => members[(i * 11) % members.length] as string);
  for (let i = 0; i < NEVER; i += 1) {
    const email = `trail-waiting-${i}@example.nl`;
    await insertMember(panelId, { email, birthYear: YEAR - 40, sex: "vrouw", district: "Centrum" });
    waiting.push(email);
  }
  const db = getDb();
  const panel = await panelForSampling(db, panelId);
  const survey = await surveyForInvitations(db, surveyId);
  if (!panel || !survey) throw new Error("setup");
  const spec = { method: "all" as const };
  const sentAt = new Date(START);
  const sample = await drawFromPanel(db, { panel, surveyId, spec, seed: "00000002", now: sentAt });
  await createInvitationRound({
    survey,
    panel,
    spec,
    seed: "00000002",
    sample,
    reminderDays: [3, 6],
    actorId: null,
    now: sentAt,
  });

  // Three reminder windows of three days; residents answer through the day, the open link too.
  let next = 0;
  for (const [w, size] of WINDOWS.entries()) {
    const from = START + w * 3 * DAY;
    if (w > 0) expect((await runDueReminders({ now: new Date(from) })).reminded).toBeGreaterThan(0);
    for (let i = 0; i < size; i += 1) {
      at(from + HOUR + Math.floor((i * 3 * DAY - 2 * HOUR) / size));
      await respond({ channel: "panel", email: members[next] as string });
      next += 1;
      if (i % 2 === 0) await respond({ channel: "public" });
    }
  }
  // Someone started through a panel and did not finish.
  await insertStartedResponse(surveyId, {
    answers: { gender: { choice: "man" } },
    channel: "panel",
    panelId,
  });
  await signInAs("staff");
  await syncOpenAnswerQueue(surveyId);
});

afterAll(() => {
  vi.useRealTimers();
});

describe("closing fieldwork erases when each anonymous panel response came in", () => {
  it("leaves nobody narrowed below k by moment, reminders or order, and keeps the daily counts", async () => {
    // During fieldwork the moments and the reminder trail narrow responses below k.
    const before = await anonymousResponses();
    expect(before).toHaveLength(26);
    // The middle window's three responses are held by 1, 2 and 3 members; two later ones by 4.
    const during = (await narrowedByTime(surveyId, K)).narrowed.map((n) => n.members);
    expect(during.sort()).toEqual([1, 2, 3, 4, 4]);
    const days = await perDay();
    expect(days.reduce((sum, d) => sum + d.completed, 0)).toBe(26 + 6 + 2 + 6);
    expect(days.length).toBeGreaterThan(5);
    const reminderMails = (await queryRow(
      getDb(),
      sql`SELECT count(*) AS n FROM ${mailOutbox} WHERE template = 'reminder' AND to_address LIKE 'trail-%'`,
    )) as { n: number };
    expect(reminderMails.n).toBe(WINDOWS[1] + WINDOWS[2] + NEVER + WINDOWS[2] + NEVER);

    // Staff moderated the first two panel answers in the queue.
    await execute(
      getDb(),
      sql`UPDATE ${openAnswerReviews} SET status = 'approved', moderated_at = ${momentValue(START + 9 * DAY)}
         WHERE id IN (SELECT o.id FROM ${openAnswerReviews} o JOIN ${responses} r ON r.id = o.response_id
                      WHERE o.survey_id = ${surveyId} AND r.channel = 'panel' ORDER BY o.id LIMIT 2)`,
    );

    at(START + 10 * DAY);
    await step("closed");
    const closedAt = START + 10 * DAY;

    // Whoever holds the database finds at least k members for every response, moment included.
    const attack = await narrowedByTime(surveyId, K);
    expect(attack.responses).toBe(26);
    expect(attack.narrowed).toEqual([]);
    expect((await narrowedBelow(surveyId, K)).narrowed).toEqual([]);

    // One moment for all of them, finished or not, and for their answers.
    expect(await distinct("r.completed_at", "responses r", "AND r.status = 'completed'")).toEqual([closedAt]);
    expect(await distinct("r.completed_at", "responses r", "AND r.status = 'in_progress'")).toEqual([null]);
    expect(await distinct("r.created_at")).toEqual([closedAt]);
    expect(await distinct("r.updated_at")).toEqual([closedAt]);
    expect(await distinct("a.updated_at", "answers a JOIN responses r ON r.id = a.response_id")).toEqual([
      closedAt,
    ]);

    // The reminder trail is gone: no last_reminded_at, no reminder mail, no reminder token of a used invitation.
    expect(
      await queryRow(
        getDb(),
        sql`SELECT count(*) AS n FROM ${invitations} WHERE survey_id = ${surveyId} AND last_reminded_at IS NOT NULL`,
      ),
    ).toEqual({ n: 0 });
    expect(
      await queryRow(
        getDb(),
        sql`SELECT count(*) AS n FROM ${mailOutbox} WHERE template = 'reminder' AND to_address LIKE 'trail-%'`,
      ),
    ).toEqual({ n: 0 });
    expect(
      await queryRow(
        getDb(),
        sql`SELECT count(*) AS n FROM ${invitationTokens} t JOIN ${invitations} i ON i.id = t.invitation_id
           WHERE i.survey_id = ${surveyId} AND i.used_at IS NOT NULL`,
      ),
    ).toEqual({ n: 0 });
    // The invitations themselves stay (the mail page still shows them), and the unused ones' links work.
    expect(
      await queryRow(
        getDb(),
        sql`SELECT count(*) AS n FROM ${mailOutbox} WHERE template = 'invitation' AND to_address LIKE 'trail-%'`,
      ),
    ).toEqual({ n: 30 });

    // The same ids, shuffled among the responses, each with its own answers and open answers.
    const after = await anonymousResponses();
    expect(after.map((r) => r.id)).toEqual(before.map((r) => r.id));
    expect(after.map((r) => r.story)).not.toEqual(before.map((r) => r.story));
    expect(after.map((r) => r.story).sort()).toEqual(before.map((r) => r.story).sort());
    expect(after.map((r) => r.answers).sort()).toEqual(before.map((r) => r.answers).sort());
    expectAnswersWithTheirResponses(after);
    const reviews = (await queryRows(
      getDb(),
      sql`SELECT o.redacted_text AS text, ${jsonText(sql`a.value`)} AS story FROM ${openAnswerReviews} o
         JOIN ${answers} a ON a.response_id = o.response_id AND a.question_id = o.question_id
         WHERE o.survey_id = ${surveyId}`,
    )) as { text: string; story: string }[];
    expect(reviews).toHaveLength(26 + 6 + 2 + 6);
    for (const review of reviews) expect(review.text).toBe(review.story);

    // Nor do the rows beside them keep the old order: answers and reviews were written anew in the new one.
    const ofAnonymous = sql`response_id IN (SELECT id FROM ${responses}
      WHERE survey_id = ${surveyId} AND channel = 'panel' AND member_id IS NULL AND status = 'completed')`;
    const inRowOrder = async (query: SQL) =>
      ((await queryRows(getDb(), query)) as { id: number }[]).map((row) => row.id);
    const answerOrder = await inRowOrder(
      sql`SELECT response_id AS id FROM ${answers} WHERE ${ofAnonymous} ORDER BY ${physicalRowOrder()}`,
    );
    expect(answerOrder).toEqual([...answerOrder].sort((a, b) => a - b));
    const reviewOrder = await inRowOrder(
      sql`SELECT response_id AS id FROM ${openAnswerReviews} WHERE ${ofAnonymous} ORDER BY id`,
    );
    expect(reviewOrder).toEqual([...reviewOrder].sort((a, b) => a - b));
    // Moderation keeps its verdict, with the close moment as its time (staff work in queue order).
    expect(
      await queryRows(
        getDb(),
        sql`SELECT status, ${epochMs(sql`moderated_at`)} AS at, count(*) AS n FROM ${openAnswerReviews}
           WHERE ${ofAnonymous} AND moderated_at IS NOT NULL GROUP BY status, moderated_at`,
      ),
    ).toEqual([{ status: "approved", at: closedAt, n: 2 }]);

    // Staff still see the same completions per day.
    expect(await perDay()).toEqual(days);
  });

  it("changes nothing more when run again, and counts a reopened fieldwork's new responses once", async () => {
    const days = await perDay();
    const closedAt = (await distinct("r.created_at"))[0];
    await closeAnonymousPanelFieldwork(surveyId);
    expect(await distinct("r.created_at")).toEqual([closedAt]);
    expect(await perDay()).toEqual(days);
    expectAnswersWithTheirResponses(await anonymousResponses());
    expect((await narrowedByTime(surveyId, K)).narrowed).toEqual([]);

    // Reopened two days later: one member who had not answered does, then fieldwork closes again.
    at(START + 12 * DAY);
    await step("open");
    at(START + 12 * DAY + 2 * HOUR);
    await respond({ channel: "panel", email: waiting[0] as string });
    at(START + 12 * DAY + 5 * HOUR);
    await step("closed");
    const reclosedAt = START + 12 * DAY + 5 * HOUR;
    // The new response's day follows the old ones (the days between as 0), which stay as they were.
    const newDays = await perDay();
    expect(newDays.slice(0, days.length)).toEqual(days);
    expect(newDays.slice(days.length).reduce((sum, d) => sum + d.completed, 0)).toBe(1);
    expect(newDays[newDays.length - 1]?.completed).toBe(1);
    expect(await distinct("r.completed_at", "responses r", "AND r.status = 'completed'")).toEqual([
      reclosedAt,
    ]);
    expect(await anonymousResponses()).toHaveLength(27);
    expectAnswersWithTheirResponses(await anonymousResponses());
    expect((await narrowedByTime(surveyId, K)).narrowed).toEqual([]);
  });

  it("leaves a pseudonymous survey's moments and reminders as they were: its respondents were told", async () => {
    at(START + 13 * DAY);
    const pseudo = await insertResultsSurvey("trail-pseudo", testSurvey);
    await execute(getDb(), sql`UPDATE ${surveys} SET anonymity = 'pseudonymous' WHERE id = ${pseudo}`);
    const responseId = await insertStartedResponse(pseudo, {
      answers: answersNumbered(1),
      channel: "panel",
      panelId,
      status: "completed",
    });
    const moment = (
      (await queryRow(
        getDb(),
        sql`SELECT ${epochMs(sql`completed_at`)} AS at FROM ${responses} WHERE id = ${responseId}`,
      )) as { at: number }
    ).at;
    expect((await closeAnonymousPanelFieldwork(pseudo, { at: new Date(START + 20 * DAY) })).rekeyed).toBe(0);
    expect(
      await queryRows(
        getDb(),
        sql`SELECT id, ${epochMs(sql`completed_at`)} AS at FROM ${responses} WHERE survey_id = ${pseudo}`,
      ),
    ).toEqual([{ id: responseId, at: moment }]);
  });
});
