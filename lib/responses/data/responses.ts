import "server-only";
import { and, eq, inArray, sql } from "drizzle-orm";
import { type Db, getDb } from "@/db/client";
import { answers, responses } from "@/db/schema";
import { transaction } from "@/db/transaction";
import { authSecret } from "@/lib/accounts/data/secret";
import { seal, unseal } from "@/lib/crypto/seal";
import { generateResumeCode, generateResumeToken, hashSecret } from "@/lib/responses/resume-tokens";
import type { Channel } from "@/lib/surveys/types";

/**
 * A respondent's own response, reached only with the secret resume token (or code) and always
 * scoped to the survey in the URL: a token for survey A never opens survey B.
 */
export type OwnResponse = {
  id: number;
  surveyId: number;
  versionId: number;
  status: "in_progress" | "completed";
  currentPageId: string | null;
  /** Set when the response came through a personal invitation. */
  invitationSealed: string | null;
  answers: Record<string, unknown>;
};

export class ResponseConflictError extends Error {}

/**
 * Starts a response, or finds the one this token already started: a double click or a retried
 * request on the start form never creates two responses. Returns the keys for the respondent's
 * cookie.
 *
 * The resume code is drawn here, never taken from the request: a code the client could choose
 * would make the start form an oracle for codes that exist (a taken code made the insert fail).
 * The posted token is only a key against double starts; one already used in another survey
 * (128 random bits, so only someone holding it can post it) is replaced by a fresh one, and the
 * start goes on as for any new token.
 */
export async function startResponse(input: {
  surveyId: number;
  versionId: number;
  token: string;
  firstPageId: string;
  channel?: Channel;
  panelId?: number;
  /** Pseudonymous surveys only. */
  memberId?: number | null;
  /** The invitation token, sealed with a key from the resume token (see db/schema/surveys.ts). */
  invitationToken?: string;
}): Promise<{ id: number; token: string; code: string }> {
  const db = getDb();
  let token = input.token;
  // A few rounds at most: a parallel start with the same token, a token from another survey, or a
  // drawn code that happens to be taken (1 in 31^10 per response) each cost one more round.
  for (let round = 0; round < 5; round++) {
    const tokenHash = hashSecret(token);
    const existing = (
      await db
        .select({ id: responses.id, surveyId: responses.surveyId, codeSealed: responses.resumeCodeSealed })
        .from(responses)
        .where(eq(responses.resumeTokenHash, tokenHash))
        .limit(1)
    )[0];
    if (existing) {
      const code =
        existing.surveyId === input.surveyId ? unseal(existing.codeSealed, authSecret(), token) : null;
      if (code) return { id: existing.id, token, code };
      token = generateResumeToken();
      continue;
    }
    const code = generateResumeCode();
    // The unique indexes decide (token hash; code within the survey): ON CONFLICT DO NOTHING
    // returns no row when a parallel start took the token first, and the next round finds it.
    const inserted = (
      await transaction(
        async (tx) =>
          await tx
            .insert(responses)
            .values({
              surveyId: input.surveyId,
              versionId: input.versionId,
              channel: input.channel ?? "public",
              resumeTokenHash: tokenHash,
              resumeCodeHash: hashSecret(code),
              resumeTokenSealed: seal(token, authSecret(), code),
              resumeCodeSealed: seal(code, authSecret(), token),
              panelId: input.panelId ?? null,
              memberId: input.memberId ?? null,
              invitationSealed: input.invitationToken
                ? seal(input.invitationToken, authSecret(), token)
                : null,
              currentPageId: input.firstPageId,
            })
            .onConflictDoNothing()
            .returning({ id: responses.id }),
      )
    )[0];
    if (inserted) return { id: inserted.id, token, code };
  }
  throw new ResponseConflictError("could not start a response");
}

// The two reads on every page a resident opens, prepared once per connection.
const statements = new WeakMap<Db, ReturnType<typeof prepareReads>>();

function prepareReads(db: Db) {
  return {
    answers: db
      .select({ questionId: answers.questionId, value: answers.value })
      .from(answers)
      .where(eq(answers.responseId, sql.placeholder("responseId")))
      .prepare(),
    byToken: db
      .select({
        id: responses.id,
        surveyId: responses.surveyId,
        versionId: responses.versionId,
        status: responses.status,
        currentPageId: responses.currentPageId,
        invitationSealed: responses.invitationSealed,
      })
      .from(responses)
      .where(
        and(
          eq(responses.surveyId, sql.placeholder("surveyId")),
          eq(responses.resumeTokenHash, sql.placeholder("tokenHash")),
        ),
      )
      .prepare(),
  };
}

function reads() {
  const db = getDb();
  let prepared = statements.get(db);
  if (!prepared) {
    prepared = prepareReads(db);
    statements.set(db, prepared);
  }
  return prepared;
}

async function loadAnswers(responseId: number): Promise<Record<string, unknown>> {
  const rows = await reads().answers.execute({ responseId });
  return Object.fromEntries(rows.map((r) => [r.questionId, r.value]));
}

export async function findResponseByToken(surveyId: number, token: string): Promise<OwnResponse | null> {
  const row = (await reads().byToken.execute({ surveyId, tokenHash: hashSecret(token) }))[0];
  return row ? { ...row, answers: await loadAnswers(row.id) } : null;
}

/**
 * Resuming with the code (another browser): finds the unfinished response and opens its token,
 * so this browser gets the same token as the resume link.
 */
export async function findResumableByCode(
  surveyId: number,
  code: string,
): Promise<{ response: OwnResponse; token: string } | null> {
  const row = (
    await getDb()
      .select({ sealed: responses.resumeTokenSealed })
      .from(responses)
      .where(and(eq(responses.surveyId, surveyId), eq(responses.resumeCodeHash, hashSecret(code))))
      .limit(1)
  )[0];
  const token = row ? unseal(row.sealed, authSecret(), code) : null;
  const response = token ? await findResponseByToken(surveyId, token) : null;
  if (!token || !response || response.status !== "in_progress" || !response.currentPageId) return null;
  return { response, token };
}

/** Resuming with the link (another browser): finds the unfinished response and opens its code. */
export async function findResumableByToken(
  surveyId: number,
  token: string,
): Promise<{ response: OwnResponse; code: string } | null> {
  const row = (
    await getDb()
      .select({ sealed: responses.resumeCodeSealed })
      .from(responses)
      .where(and(eq(responses.surveyId, surveyId), eq(responses.resumeTokenHash, hashSecret(token))))
      .limit(1)
  )[0];
  const code = row ? unseal(row.sealed, authSecret(), token) : null;
  const response = await findResponseByToken(surveyId, token);
  if (!code || !response || response.status !== "in_progress" || !response.currentPageId) return null;
  return { response, code };
}

/**
 * Stores one page's answers in one transaction: answers to the page's questions that are now
 * empty or hidden are removed, the rest are written, and the page pointer moves.
 */
export async function savePage(input: {
  responseId: number;
  surveyId: number;
  pageQuestionIds: string[];
  answers: Record<string, unknown>;
  currentPageId: string;
}): Promise<void> {
  await transaction(async (tx) => {
    // The page pointer moves first and only while the response is in progress: on PostgreSQL the
    // UPDATE locks the row, so a completion running at the same time either waits for this save
    // or has already completed the response and this save changes nothing (a read first would let
    // answers land after the completion counted them).
    const owned = await tx
      .update(responses)
      .set({ currentPageId: input.currentPageId, updatedAt: new Date() })
      .where(
        and(
          eq(responses.id, input.responseId),
          eq(responses.surveyId, input.surveyId),
          eq(responses.status, "in_progress"),
        ),
      )
      .returning({ id: responses.id });
    if (owned.length === 0) throw new ResponseConflictError("response is not open for changes");
    const keep = Object.keys(input.answers);
    const stale = input.pageQuestionIds.filter((id) => !keep.includes(id));
    if (stale.length > 0) {
      await tx
        .delete(answers)
        .where(and(eq(answers.responseId, input.responseId), inArray(answers.questionId, stale)));
    }
    for (const [questionId, value] of Object.entries(input.answers)) {
      await tx
        .insert(answers)
        .values({ responseId: input.responseId, questionId, value })
        .onConflictDoUpdate({
          target: [answers.responseId, answers.questionId],
          set: { value, updatedAt: new Date() },
        });
    }
  });
}

/** The invitation token a response started with, opened with the respondent's resume token. */
export function invitationTokenOf(response: OwnResponse, resumeToken: string): string | null {
  return response.invitationSealed ? unseal(response.invitationSealed, authSecret(), resumeToken) : null;
}
