import "server-only";
import { and, eq, isNull, notInArray, sql } from "drizzle-orm";
import { answers, invitations, panelMembers, responses, surveys } from "@/db/schema";
import { transaction } from "@/db/transaction";
import type { Locale } from "@/i18n/locales";
import { enqueueMail } from "@/lib/mail/data/mail-outbox";
import type { AnswersCopyData } from "@/lib/mail/templates";
import { ageGroupFor } from "@/lib/panels/age-groups";
import { isInvitationOfToken } from "@/lib/responses/data/invitation-tokens";
import { attributesAtCompletion } from "@/lib/results/data/anonymous-panel-attributes";
import { recordResultCells } from "@/lib/results/data/result-cells";

export type CompletionOutcome = "completed" | "already_completed" | "invitation_used";

/**
 * Completes a response exactly once, in one transaction:
 * - answers to questions that ended up hidden are removed, so results never count an answer the
 *   respondent was not meant to give;
 * - a response that came through a personal invitation marks that invitation used, and only one
 *   response can do so: a second browser with the same invitation is refused and its unfinished
 *   response removed, so an invitation stores exactly one response;
 * - a panel response gets the member's coarse attributes (age group, sex, district) when the
 *   survey allows breakdowns, and never the member or the invitation itself. An anonymous one
 *   gets only as much of them as at least k members who have answered share
 *   (lib/results/data/anonymous-panel-attributes.ts), so the database and the member list together
 *   cannot narrow it to fewer than k members; closing fieldwork coarsens them further;
 * - the response is added to the survey's results cube (lib/results/data/result-cells.ts), so results
 *   pages never count responses one by one.
 * - a copy of the answers the resident asked for goes into the outbox in the same transaction, so
 *   it goes if and only if the response is kept, and once: a repeated submit sends none. It is a
 *   one-off mail (lib/mail: deleted once delivered); nothing joins it to the response.
 * "already_completed" (a repeated submit) is success for the caller.
 */
export async function completeResponse(input: {
  responseId: number;
  surveyId: number;
  visibleQuestionIds: string[];
  invitationToken?: string | null;
  /**
   * The language the survey was shown in (OpenSurvey.language): kept with the response as a coarse
   * category, like the channel, never with an invitation. Staff see completions per language;
   * published results never break down by it.
   */
  language?: Locale | null;
  /** A copy of the answers for the resident, to this address. */
  copy?: { to: string; data: AnswersCopyData } | null;
}): Promise<CompletionOutcome> {
  return await transaction(async (tx) => {
    const own = and(eq(responses.id, input.responseId), eq(responses.surveyId, input.surveyId));
    // The database decides which completion goes on: the first statement completes the response
    // only while it is in progress. On PostgreSQL it locks the row, so a parallel completion (a
    // double click, two app instances) waits here until this transaction ends and then finds
    // nothing in progress; on SQLite transactions run one at a time. Reading the status first and
    // writing later would let both see "in_progress" on PostgreSQL and count the response twice.
    const now = new Date();
    const claimed = await tx
      .update(responses)
      .set({
        status: "completed",
        completedAt: now,
        updatedAt: now,
        currentPageId: null,
        language: input.language ?? null,
        // The sealed invitation has done its work; nothing of it stays with the answers.
        invitationSealed: null,
      })
      .where(and(own, eq(responses.status, "in_progress")))
      .returning({ id: responses.id });
    if (claimed.length === 0) return "already_completed";

    const attributes: { ageGroup?: string | null; sex?: string | null; district?: string | null } = {};
    if (input.invitationToken) {
      const invitation = (
        await tx
          .select({ id: invitations.id, panelId: invitations.panelId, memberId: invitations.memberId })
          .from(invitations)
          .where(and(isInvitationOfToken(input.invitationToken), eq(invitations.surveyId, input.surveyId)))
          .limit(1)
      )[0];
      const marked = invitation
        ? (
            await tx
              .update(invitations)
              // That it was used, not when: a moment equal to the response's completed_at would join
              // an anonymous response to its invitation by time. The invitation's own sending time
              // is shared by its whole round and says nothing about the response.
              .set({ usedAt: sql`${invitations.createdAt}` })
              .where(and(eq(invitations.id, invitation.id), isNull(invitations.usedAt)))
              .returning({ id: invitations.id })
          ).length
        : 0;
      // The invitation is single-use by the same conditional UPDATE: of two responses with one
      // invitation, the second waits for the first's row lock (PostgreSQL) and then marks nothing.
      if (marked === 0) {
        await tx.delete(responses).where(own);
        return "invitation_used";
      }
      const survey = (
        await tx
          .select({ anonymity: surveys.anonymity, allowBreakdowns: surveys.allowBreakdowns })
          .from(surveys)
          .where(eq(surveys.id, input.surveyId))
          .limit(1)
      )[0];
      const member = invitation?.memberId
        ? (
            await tx
              .select({
                birthYear: panelMembers.birthYear,
                sex: panelMembers.sex,
                district: panelMembers.district,
              })
              .from(panelMembers)
              .where(eq(panelMembers.id, invitation.memberId))
              .limit(1)
          )[0]
        : undefined;
      if (member && invitation && survey?.allowBreakdowns) {
        Object.assign(
          attributes,
          survey.anonymity === "anonymous"
            ? await attributesAtCompletion({ surveyId: input.surveyId, panelId: invitation.panelId, member })
            : { ageGroup: ageGroupFor(member.birthYear), sex: member.sex, district: member.district },
        );
      }
    }

    if (Object.keys(attributes).length > 0) await tx.update(responses).set(attributes).where(own);
    await tx
      .delete(answers)
      .where(
        and(
          eq(answers.responseId, input.responseId),
          input.visibleQuestionIds.length > 0
            ? notInArray(answers.questionId, input.visibleQuestionIds)
            : sql`1 = 1`,
        ),
      );
    await recordResultCells(tx, input.responseId);
    if (input.copy)
      await enqueueMail(tx, { to: input.copy.to, template: "answers_copy", data: input.copy.data });
    return "completed";
  });
}
