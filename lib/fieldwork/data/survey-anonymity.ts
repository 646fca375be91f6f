import "server-only";
import { eq, sql } from "drizzle-orm";
import { responses, surveys } from "@/db/schema";
import { transaction } from "@/db/transaction";
import { requirePermission } from "@/lib/accounts/data/session";
import { InputError } from "@/lib/accounts/errors";
import { recordAudit } from "@/lib/audit/data/audit";
import type { AnonymityInput } from "@/lib/fieldwork/fieldwork-schema";
import { isAnonymityEditable } from "./fieldwork";

/**
 * Sets whether a survey's panel responses are anonymous or linked to the member (pseudonymous),
 * and whether anonymous ones carry coarse attributes for breakdowns. Respondents are told this
 * before they answer (the start page and the invitation mail), so it is fixed once the survey
 * opens or anyone has answered: changing it afterwards would break that promise.
 */
export async function setSurveyAnonymity(input: AnonymityInput): Promise<{ changed: boolean }> {
  const user = await requirePermission("survey:edit");
  return await transaction(async (tx) => {
    const survey = (
      await tx
        .select({
          status: surveys.status,
          anonymity: surveys.anonymity,
          allowBreakdowns: surveys.allowBreakdowns,
        })
        .from(surveys)
        .where(eq(surveys.id, input.surveyId))
        .limit(1)
    )[0];
    if (!survey) throw new InputError({ formError: "fieldwork.errors.surveyUnknown" });
    const [{ n }] = await tx
      .select({ n: sql<number>`count(*)` })
      .from(responses)
      .where(eq(responses.surveyId, input.surveyId));
    if (!isAnonymityEditable({ ...survey, responses: n }))
      throw new InputError({ formError: "fieldwork.errors.anonymityFixed" });
    if (survey.anonymity === input.anonymity && survey.allowBreakdowns === input.allowBreakdowns)
      return { changed: false };
    await tx
      .update(surveys)
      .set({ anonymity: input.anonymity, allowBreakdowns: input.allowBreakdowns, updatedAt: new Date() })
      .where(eq(surveys.id, input.surveyId));
    await recordAudit(
      {
        actorId: user.id,
        action: "survey.anonymity_changed",
        subjectType: "survey",
        subjectId: input.surveyId,
        details: {
          from: { anonymity: survey.anonymity, allowBreakdowns: survey.allowBreakdowns },
          to: { anonymity: input.anonymity, allowBreakdowns: input.allowBreakdowns },
        },
      },
      tx,
    );
    return { changed: true };
  });
}
