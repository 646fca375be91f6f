import "server-only";
import { and, asc, eq, inArray, sql } from "drizzle-orm";
import { type Executor, getDb } from "@/db/client";
import { responseCodes, staffEntries, users } from "@/db/schema";
import { transaction } from "@/db/transaction";
import { requirePermission } from "@/lib/accounts/data/session";
import { recordAudit } from "@/lib/audit/data/audit";
import { completeResponse } from "@/lib/responses/data/response-completion";
import { savePage, startResponse } from "@/lib/responses/data/responses";
import { generateResumeToken } from "@/lib/responses/resume-tokens";
import type { AnswerError, Answers } from "@/lib/surveys/definition/answer-types";
import { visibleQuestionIds } from "@/lib/surveys/definition/conditions";
import { type EntryDifference, entryDifferences } from "../entry-differences";
import { questionNumbers } from "../paper-numbering";
import { normalizeResponseCode } from "../response-code";
import type { EntryOutcome, EntryProblem } from "../staff-entry-state";
import { type EntryFields, evaluateStaffEntry } from "../staff-entry-values";
import { type EntrySurvey, entrySurvey } from "./entry-survey";

/*
 * Staff entering a paper or phone response (response:enter). The answers are checked by the
 * resident's own rules (lib/fieldwork/staff-entry-values.ts), the code must have been issued for
 * this survey and not entered before, and the response is completed exactly as an online one
 * (lib/responses/data/response-completion.ts: hidden answers dropped, the results cube updated),
 * in channel "staff". Who entered it is on the entry record and in the audit log; the response
 * itself carries no staff member and no code.
 *
 * Double entry: the first entry waits (its answers kept on the entry record only until then); a
 * second staff member enters the same code; when the two agree the response counts, when they
 * differ someone decides which entry counts, or sets both aside so the form is entered again.
 */

export type StaffEntryResult =
  | { kind: "refused"; problem: EntryProblem }
  | { kind: "invalid"; errors: AnswerError[] }
  | EntryOutcome;

class Refused extends Error {
  constructor(readonly problem: EntryProblem) {
    super(problem);
  }
}

/**
 * Creates the completed response in channel "staff" from checked answers. Called inside the
 * caller's transaction: these functions open savepoints in it.
 */
async function countResponse(survey: EntrySurvey, answers: Answers): Promise<number> {
  const firstPage = survey.definition.pages[0];
  // A response row needs resume keys; these are drawn and thrown away, so nobody can open it.
  const started = await startResponse({
    surveyId: survey.id,
    versionId: survey.versionId,
    token: generateResumeToken(),
    firstPageId: firstPage.id,
    channel: "staff",
  });
  await savePage({
    responseId: started.id,
    surveyId: survey.id,
    pageQuestionIds: survey.definition.pages.flatMap((p) => p.questions.map((q) => q.id)),
    answers,
    currentPageId: firstPage.id,
  });
  const outcome = await completeResponse({
    responseId: started.id,
    surveyId: survey.id,
    visibleQuestionIds: [...visibleQuestionIds(survey.definition, answers)],
  });
  if (outcome !== "completed") throw new Error(`a staff entry's response was not completed: ${outcome}`);
  return started.id;
}

/**
 * Enters one paper or phone form. `fields` are the entry screen's fields (staff-entry-values.ts);
 * `doubleEntry` asks for a second entry before the response counts.
 */
export async function enterStaffResponse(input: {
  surveyId: number;
  code: string;
  doubleEntry: boolean;
  fields: EntryFields;
}): Promise<StaffEntryResult> {
  const user = await requirePermission("response:enter");
  const survey = await entrySurvey(input.surveyId);
  if (!survey?.open) return { kind: "refused", problem: "notOpen" };
  const code = normalizeResponseCode(input.code);
  if (!code) return { kind: "refused", problem: "codeFormat" };
  const evaluation = evaluateStaffEntry(survey.definition, input.fields);
  if (evaluation.errors.length > 0) return { kind: "invalid", errors: evaluation.errors };
  const numbers = questionNumbers(survey.definition);
  const notApplicable = evaluation.notApplicable.map((id) => numbers.get(id) ?? 0);

  try {
    const kind = await transaction(async (tx) => {
      // Touching the code row first locks it on PostgreSQL, so two entries of one code queue.
      const codeRow = (
        await tx
          .update(responseCodes)
          .set({ batch: sql`${responseCodes.batch}` })
          .where(and(eq(responseCodes.surveyId, survey.id), eq(responseCodes.code, code)))
          .returning({ id: responseCodes.id, enteredAt: responseCodes.enteredAt })
      )[0];
      if (!codeRow) throw new Refused("codeUnknown");
      if (codeRow.enteredAt) throw new Refused("codeEntered");
      const open = await tx
        .select({
          id: staffEntries.id,
          status: staffEntries.status,
          enteredBy: staffEntries.enteredBy,
          answers: staffEntries.answers,
        })
        .from(staffEntries)
        .where(
          and(
            eq(staffEntries.surveyId, survey.id),
            eq(staffEntries.codeId, codeRow.id),
            inArray(staffEntries.status, ["awaiting_second", "differs"]),
          ),
        );
      if (open.some((e) => e.status === "differs")) throw new Refused("awaitingDecision");
      const first = open[0];
      if (first && first.enteredBy === user.id) throw new Refused("sameStaffTwice");
      const audit = (action: string, entryId: number) =>
        recordAudit(
          {
            actorId: user.id,
            action,
            subjectType: "survey",
            subjectId: survey.id,
            details: { code, entry: entryId },
          },
          tx,
        );
      /** This staff member's entry of the code, in the state given; its id. */
      const insertEntry = async (
        values: Pick<typeof staffEntries.$inferInsert, "status" | "doubleEntry" | "answers" | "responseId">,
      ) => {
        const [entry] = await tx
          .insert(staffEntries)
          .values({ surveyId: survey.id, codeId: codeRow.id, enteredBy: user.id, ...values })
          .returning({ id: staffEntries.id });
        return entry.id;
      };

      if (!first && input.doubleEntry) {
        const entry = await insertEntry({
          status: "awaiting_second",
          doubleEntry: true,
          answers: evaluation.answers,
        });
        await audit("response.staff_entry_first", entry);
        return "awaiting_second" as const;
      }
      if (first) {
        const differences = entryDifferences(survey.definition, first.answers as Answers, evaluation.answers);
        if (differences.length > 0) {
          const entry = await insertEntry({
            status: "differs",
            doubleEntry: true,
            answers: evaluation.answers,
          });
          await tx.update(staffEntries).set({ status: "differs" }).where(eq(staffEntries.id, first.id));
          await audit("response.staff_entry_differs", entry);
          return "differs" as const;
        }
      }
      const responseId = await countResponse(survey, evaluation.answers);
      await tx.update(responseCodes).set({ enteredAt: new Date() }).where(eq(responseCodes.id, codeRow.id));
      if (first) {
        await tx
          .update(staffEntries)
          .set({ status: "counted", answers: null, responseId })
          .where(eq(staffEntries.id, first.id));
      }
      const entry = await insertEntry({ status: "counted", doubleEntry: Boolean(first), responseId });
      await audit("response.staff_entered", entry);
      return "counted" as const;
    });
    return { kind, code, notApplicable };
  } catch (error) {
    if (error instanceof Refused) return { kind: "refused", problem: error.problem };
    throw error;
  }
}

export type PendingDecision = { code: string; enteredBy: string[] };

/** Codes whose two entries differ, for someone to decide. */
export async function listEntryDecisions(surveyId: number): Promise<PendingDecision[]> {
  await requirePermission("response:enter");
  const rows = await getDb()
    .select({ code: responseCodes.code, name: users.name })
    .from(staffEntries)
    .innerJoin(responseCodes, eq(responseCodes.id, staffEntries.codeId))
    .leftJoin(users, eq(users.id, staffEntries.enteredBy))
    .where(and(eq(staffEntries.surveyId, surveyId), eq(staffEntries.status, "differs")))
    .orderBy(asc(responseCodes.code), asc(staffEntries.id));
  const byCode = new Map<string, string[]>();
  for (const r of rows) byCode.set(r.code, [...(byCode.get(r.code) ?? []), r.name ?? "—"]);
  return [...byCode].map(([code, enteredBy]) => ({ code, enteredBy }));
}

export type EntryDecision = {
  survey: EntrySurvey;
  code: string;
  entries: { id: number; enteredBy: string }[];
  differences: EntryDifference[];
};

async function differingEntries(surveyId: number, code: string, executor: Executor = getDb()) {
  return await executor
    .select({
      id: staffEntries.id,
      codeId: staffEntries.codeId,
      answers: staffEntries.answers,
      name: users.name,
    })
    .from(staffEntries)
    .innerJoin(responseCodes, eq(responseCodes.id, staffEntries.codeId))
    .leftJoin(users, eq(users.id, staffEntries.enteredBy))
    .where(
      and(
        eq(staffEntries.surveyId, surveyId),
        eq(responseCodes.surveyId, surveyId),
        eq(responseCodes.code, code),
        eq(staffEntries.status, "differs"),
      ),
    )
    .orderBy(asc(staffEntries.id));
}

/** The two differing entries of one code, and where they differ; null when there is nothing to decide. */
export async function getEntryDecision(surveyId: number, rawCode: string): Promise<EntryDecision | null> {
  await requirePermission("response:enter");
  const code = normalizeResponseCode(rawCode);
  const survey = await entrySurvey(surveyId);
  if (!code || !survey) return null;
  const entries = await differingEntries(surveyId, code);
  if (entries.length !== 2) return null;
  return {
    survey,
    code,
    entries: entries.map((e) => ({ id: e.id, enteredBy: e.name ?? "—" })),
    differences: entryDifferences(
      survey.definition,
      entries[0].answers as Answers,
      entries[1].answers as Answers,
    ),
  };
}

/**
 * Decides between two differing entries: `keep` names the entry that counts, or "neither" sets
 * both aside so the form is entered again. Refused (false) when nothing waits for a decision or
 * the survey is no longer open.
 */
export async function decideStaffEntry(input: {
  surveyId: number;
  code: string;
  keep: number | "neither";
}): Promise<{ decided: boolean; problem?: EntryProblem }> {
  const user = await requirePermission("response:enter");
  const survey = await entrySurvey(input.surveyId);
  if (!survey?.open) return { decided: false, problem: "notOpen" };
  const code = normalizeResponseCode(input.code);
  if (!code) return { decided: false, problem: "codeFormat" };
  return await transaction(async (tx) => {
    const entries = await differingEntries(survey.id, code, tx);
    const kept = entries.find((e) => e.id === input.keep);
    if (entries.length !== 2 || (input.keep !== "neither" && !kept)) return { decided: false };
    const ids = entries.map((e) => e.id);
    await tx
      .update(staffEntries)
      .set({ status: "discarded", answers: null })
      .where(inArray(staffEntries.id, ids));
    if (kept) {
      const responseId = await countResponse(survey, kept.answers as Answers);
      await tx.update(responseCodes).set({ enteredAt: new Date() }).where(eq(responseCodes.id, kept.codeId));
      await tx
        .update(staffEntries)
        .set({ status: "counted", responseId })
        .where(eq(staffEntries.id, kept.id));
    }
    await recordAudit(
      {
        actorId: user.id,
        action: kept ? "response.staff_entry_decided" : "response.staff_entries_set_aside",
        subjectType: "survey",
        subjectId: survey.id,
        details: { code, kept: kept?.id ?? null },
      },
      tx,
    );
    return { decided: true };
  });
}
