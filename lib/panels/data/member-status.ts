import "server-only";
import { and, eq } from "drizzle-orm";
import { panelMembers } from "@/db/schema";
import { transaction } from "@/db/transaction";
import { recordAudit } from "@/lib/audit/data/audit";

/**
 * Pauses or resumes a membership: while paused, no invitations or reminders (the fieldwork's
 * sampling and reminder runs skip paused members). Idempotent; returns whether it changed.
 *
 * No session check here, like `leavePanel`: callers establish the authority first, either the
 * member's own session (lib/panels/data/member-self-service.ts) or a signed one-click unsubscribe link
 * (lib/panels/data/member-unsubscribe.ts).
 */
export async function setPaused(
  memberId: number,
  panelId: number,
  paused: boolean,
  by: "member" | "unsubscribe" = "member",
): Promise<boolean> {
  const at = new Date();
  return await transaction(async (tx) => {
    const changed = (
      await tx
        .update(panelMembers)
        .set(
          paused
            ? { status: "paused", pausedAt: at, updatedAt: at }
            : { status: "active", pausedAt: null, updatedAt: at },
        )
        .where(
          and(
            eq(panelMembers.id, memberId),
            eq(panelMembers.panelId, panelId),
            eq(panelMembers.status, paused ? "active" : "paused"),
          ),
        )
        .returning({ id: panelMembers.id })
    ).length;
    if (changed === 1) {
      await recordAudit(
        {
          actorId: null,
          action: paused ? "panel_member.paused" : "panel_member.resumed",
          subjectType: "panel_member",
          subjectId: memberId,
          details: { panelId, by },
        },
        tx,
      );
    }
    return changed === 1;
  });
}
