import "server-only";
import { invitationRounds, invitations, surveys, surveyVersions } from "@/db/schema";
import { transaction } from "@/db/transaction";
import { insertMember, insertPanel } from "@/lib/panels/data/panel-test-support";
import { hashSecret } from "@/lib/responses/resume-tokens";

/**
 * An open survey with one frozen, empty version: enough for tests of the response and resume-code
 * paths, which look at the survey and version rows only. Written through the query builder, so the
 * moment and the JSON are stored as each engine keeps them.
 */
export async function insertOpenSurveyRow(slug: string): Promise<{ surveyId: number; versionId: number }> {
  return await transaction(async (tx) => {
    const [{ surveyId }] = await tx
      .insert(surveys)
      .values({ slug, title: slug, status: "open" })
      .returning({ surveyId: surveys.id });
    const [{ versionId }] = await tx
      .insert(surveyVersions)
      .values({ surveyId, number: 1, definition: {}, frozenAt: new Date() })
      .returning({ versionId: surveyVersions.id });
    return { surveyId, versionId };
  });
}

/** An invitation of a new panel member to the survey, with this token; the panel it came through. */
export async function insertInvitation(surveyId: number, token: string): Promise<{ panelId: number }> {
  const panelId = await insertPanel(`panel-${surveyId}`);
  const memberId = await insertMember(panelId);
  await transaction(async (tx) => {
    const [round] = await tx
      .insert(invitationRounds)
      .values({ surveyId, panelId, sample: { method: "all" }, reminderDays: [] })
      .returning({ id: invitationRounds.id });
    await tx
      .insert(invitations)
      .values({ roundId: round.id, surveyId, panelId, memberId, tokenHash: hashSecret(token) });
  });
  return { panelId };
}
