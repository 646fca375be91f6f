import "server-only";
import { and, eq, isNull, ne, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { invitations, panelMembers } from "@/db/schema";
import { isInvitationOfToken } from "../../responses/data/invitation-tokens";

/**
 * The respondent's side of a personal invitation, reached only with its secret token and always
 * within the survey in the URL: an invitation for survey A never opens survey B.
 */
export type UsableInvitation = { id: number; panelId: number; memberId: number | null };

/** An invitation that can still be used: unused, for this survey, and its member has not left. */
export async function findUsableInvitation(
  surveyId: number,
  token: string,
): Promise<UsableInvitation | null> {
  const row = (
    await getDb()
      .select({ id: invitations.id, panelId: invitations.panelId, memberId: invitations.memberId })
      .from(invitations)
      .innerJoin(panelMembers, eq(panelMembers.id, invitations.memberId))
      .where(
        and(
          isInvitationOfToken(token),
          eq(invitations.surveyId, surveyId),
          isNull(invitations.usedAt),
          ne(panelMembers.status, "left"),
        ),
      )
      .limit(1)
  )[0];
  return row ?? null;
}

/**
 * Records that the invitation was opened to start answering. Not when: the moment would sit beside
 * the response's own created_at and join an anonymous response to its invitation (and member) by
 * time. The value is the invitation's own sending time, shared by its whole round.
 */
export async function markInvitationStarted(invitationId: number): Promise<void> {
  await getDb()
    .update(invitations)
    .set({ startedAt: sql`${invitations.createdAt}` })
    .where(and(eq(invitations.id, invitationId), isNull(invitations.startedAt)));
}
