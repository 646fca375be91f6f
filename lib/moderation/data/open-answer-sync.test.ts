import { beforeAll, describe, expect, it, vi } from "vitest";
import { setUpTempDatabase } from "@/lib/testing/temp-database";

vi.mock("@/auth", async () => (await import("@/lib/testing/session-cookie")).mockedAuth);
vi.mock("next/headers", async () => (await import("@/lib/testing/session-cookie")).mockedHeaders);

setUpTempDatabase("open-answer-sync");

import { AuthorizationError } from "@/lib/accounts/errors";
import { errorOf } from "@/lib/testing/error-of";
import { signInAs, signOut } from "@/lib/testing/signed-in";
import {
  insertOpenAnswerSurvey,
  insertResponsesWithAnswers,
  insertResponseWithAnswers,
  queueRows,
} from "./open-answer-test-support";
import { getModerationOverview, listOpenAnswers, syncOpenAnswerQueue } from "./open-answers";

const PLANTED = "Bel me op 06-12345678 of mail naar jan.jansen@example.nl, dan leg ik het uit.";

let surveyId = 0;
let bigSurveyId = 0;
let completedId = 0;

beforeAll(async () => {
  surveyId = await insertOpenAnswerSurvey("moderatie-sync");
  completedId = await insertResponseWithAnswers(surveyId, "completed", {
    tips: PLANTED,
    hulp: { choices: ["familie", "_anders"], other: "de wijkverpleging" },
    leeftijd: 46,
    mist: "Een bankje bij de speeltuin",
    wonen: { choice: "familie" },
    vervoer: { choice: "buren" },
  });
  // Not completed: nothing of it reaches the queue.
  await insertResponseWithAnswers(surveyId, "in_progress", {
    tips: "Nog niet verstuurd: mail naar piet@example.nl",
    wonen: { choice: "_anders", other: "Een woongroep" },
  });
  // Completed, with an "anders" text on a single choice and whitespace only in a text answer.
  await insertResponseWithAnswers(surveyId, "completed", {
    tips: "   ",
    wonen: { choice: "_anders", other: "Een tiny house" },
  });
  await signInAs("staff");
});

describe("syncOpenAnswerQueue", () => {
  it("queues the text answers and 'anders' texts of completed responses only, with proposed redactions", async () => {
    expect(await syncOpenAnswerQueue(surveyId)).toEqual({ added: 4 });
    const rows = await queueRows(surveyId);
    expect(rows.map((r) => [r.questionId, r.item, r.status, r.quote])).toEqual([
      ["hulp", "_anders", "pending", false],
      ["mist", "", "pending", false],
      ["tips", "", "pending", false],
      ["wonen", "_anders", "pending", false],
    ]);
    const tips = rows.find((r) => r.questionId === "tips");
    expect(tips?.responseId).toBe(completedId);
    expect(tips?.redactedText).toBe(
      "Bel me op [telefoonnummer] of mail naar [e-mailadres], dan leg ik het uit.",
    );
    const findings = tips?.findings;
    expect(findings).toEqual([
      { kind: "phone", start: PLANTED.indexOf("06-"), end: PLANTED.indexOf("06-") + "06-12345678".length },
      {
        kind: "email",
        start: PLANTED.indexOf("jan.jansen"),
        end: PLANTED.indexOf("jan.jansen") + "jan.jansen@example.nl".length,
      },
    ]);
    expect(rows.find((r) => r.questionId === "wonen")?.redactedText).toBe("Een tiny house");
  });

  it("is idempotent, and picks up a response completed later", async () => {
    expect(await syncOpenAnswerQueue(surveyId)).toEqual({ added: 0 });
    await insertResponseWithAnswers(surveyId, "completed", { mist: "Een buurthuis" });
    expect(await syncOpenAnswerQueue(surveyId)).toEqual({ added: 1 });
    expect(await syncOpenAnswerQueue(surveyId)).toEqual({ added: 0 });
    expect(await queueRows(surveyId)).toHaveLength(5);
  });

  it("handles more answers than one batch", async () => {
    bigSurveyId = await insertOpenAnswerSurvey("moderatie-veel");
    const big = bigSurveyId;
    await insertResponsesWithAnswers(
      big,
      "completed",
      Array.from({ length: 1203 }, (_, i) => ({
        tips: `Tip nummer ${i}`,
        ...(i % 2 === 0 ? { hulp: { choices: ["_anders"], other: `Anders ${i}` } } : {}),
      })),
    );
    expect(await syncOpenAnswerQueue(big)).toEqual({ added: 1203 + 602 });
    expect(await syncOpenAnswerQueue(big)).toEqual({ added: 0 });
  });

  it("is refused to roles without results:moderate", async () => {
    for (const role of ["adviesraad", "panel"] as const) {
      await signInAs(role);
      expect(await errorOf(syncOpenAnswerQueue(surveyId))).toBeInstanceOf(AuthorizationError);
      expect(await errorOf(getModerationOverview(surveyId))).toBeInstanceOf(AuthorizationError);
      expect(await errorOf(listOpenAnswers(surveyId, "tips", { status: "pending", page: 1 }))).toBeInstanceOf(
        AuthorizationError,
      );
    }
    signOut();
    expect(await errorOf(syncOpenAnswerQueue(surveyId))).toBeInstanceOf(AuthorizationError);
    await signInAs("staff");
  });
});

describe("getModerationOverview and listOpenAnswers", () => {
  it("lists every open question in survey order with its counts", async () => {
    const overview = await getModerationOverview(surveyId);
    expect(overview?.questions).toEqual([
      {
        id: "tips",
        text: "Heeft u tips voor de gemeente?",
        kind: "text",
        pending: 1,
        approved: 0,
        rejected: 0,
        quotes: 0,
      },
      { id: "hulp", text: "Keuzevraag hulp", kind: "other", pending: 1, approved: 0, rejected: 0, quotes: 0 },
      {
        id: "mist",
        text: "Wat mist u in de buurt?",
        kind: "text",
        pending: 2,
        approved: 0,
        rejected: 0,
        quotes: 0,
      },
      {
        id: "wonen",
        text: "Keuzevraag wonen",
        kind: "other",
        pending: 1,
        approved: 0,
        rejected: 0,
        quotes: 0,
      },
    ]);
    expect(await getModerationOverview(999999)).toBeNull();
  });

  it("shows a question's answers with the original words, the findings and the proposal, without the response", async () => {
    const list = await listOpenAnswers(surveyId, "tips", { status: "pending", page: 1 });
    expect(list?.counts).toEqual({ pending: 1, approved: 0, rejected: 0, quotes: 0 });
    expect(list?.answers).toHaveLength(1);
    const [answer] = list?.answers ?? [];
    expect(answer.original).toBe(PLANTED);
    expect(answer.findings.map((f) => [f.kind, PLANTED.slice(f.start, f.end)])).toEqual([
      ["phone", "06-12345678"],
      ["email", "jan.jansen@example.nl"],
    ]);
    expect(answer.redactedText).toContain("[e-mailadres]");
    expect(Object.keys(answer)).not.toContain("responseId");

    const other = await listOpenAnswers(surveyId, "hulp", { status: "pending", page: 1 });
    expect(other?.answers.map((a) => [a.item, a.original])).toEqual([["_anders", "de wijkverpleging"]]);
  });

  it("pages through a long queue and shows the last page for a page past the end", async () => {
    const first = await listOpenAnswers(bigSurveyId, "tips", { status: "pending", page: 1 });
    expect(first?.answers).toHaveLength(20);
    expect(first?.pageCount).toBe(61);
    const last = await listOpenAnswers(bigSurveyId, "tips", { status: "pending", page: 500 });
    expect(last?.page).toBe(61);
    expect(last?.answers.map((a) => a.original)).toEqual([
      "Tip nummer 1200",
      "Tip nummer 1201",
      "Tip nummer 1202",
    ]);
  });

  it("knows only the survey's own open questions", async () => {
    expect(await listOpenAnswers(surveyId, "leeftijd", { status: "pending", page: 1 })).toBeNull();
    expect(await listOpenAnswers(surveyId, "vervoer", { status: "pending", page: 1 })).toBeNull();
    expect(await listOpenAnswers(999999, "tips", { status: "pending", page: 1 })).toBeNull();
  });
});
