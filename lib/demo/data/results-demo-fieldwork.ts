import { randomBytes } from "node:crypto";
import { and, asc, eq, sql } from "drizzle-orm";
import type { Db, Tx } from "@/db/client";
import { momentDriverValue } from "@/db/dialect";
import { invitationRounds, invitations, panelMembers, panels as panelTable } from "@/db/schema";
import { transaction } from "@/db/transaction";
import type { Respondent } from "./generate-responses";

/*
 * The 2025 edition's panel fieldwork: every active member of each panel invited when the survey
 * opened (a "whole panel" round, no reminders left to send), and about seven in ten of them
 * answered. The invitations are marked used at the send time, as real ones are, so nothing ties a
 * used invitation to a response by time; the responses themselves are generated separately, the
 * same number per panel as there are used invitations, each with the attributes of one member
 * who answered (as completion stores them until fieldwork closes).
 */

const RESPONSE_RATE = 0.7;

export type PanelFieldwork = {
  panelId: number;
  invited: number;
  answered: number;
  /** The members who answered, in the members' order: write their responses in a random order. */
  respondents: Respondent[];
};

export async function seedPanelFieldwork(
  db: Db,
  input: { surveyId: number; staffId: number; sentAt: Date },
): Promise<PanelFieldwork[]> {
  const panels = await db.select({ id: panelTable.id }).from(panelTable).orderBy(asc(panelTable.id));
  const members = db
    .select({
      id: panelMembers.id,
      birthYear: panelMembers.birthYear,
      sex: panelMembers.sex,
      district: panelMembers.district,
    })
    .from(panelMembers)
    .where(and(eq(panelMembers.panelId, sql.placeholder("panelId")), eq(panelMembers.status, "active")))
    .orderBy(asc(panelMembers.id))
    .prepare();
  const sent = momentDriverValue(input.sentAt);
  const insertRound = (tx: Tx) =>
    tx
      .insert(invitationRounds)
      .values({
        surveyId: input.surveyId,
        panelId: sql.placeholder("panelId"),
        sample: sql.placeholder("sample"),
        reminderDays: [],
        remindersSent: 0,
        createdBy: input.staffId,
        createdAt: input.sentAt,
      })
      .returning({ id: invitationRounds.id })
      .prepare();
  // Moments as the driver takes them (sql`${placeholder}`, db/dialect.ts): the used ones may be null.
  // Prepared on the transaction's handle: on PostgreSQL one prepared on the pool runs outside it.
  const as = (name: string) => sql`${sql.placeholder(name)}`;
  const insertInvitation = (tx: Tx) =>
    tx
      .insert(invitations)
      .values({
        roundId: sql.placeholder("roundId"),
        surveyId: input.surveyId,
        panelId: sql.placeholder("panelId"),
        memberId: sql.placeholder("memberId"),
        tokenHash: sql.placeholder("tokenHash"),
        createdAt: as("createdAt"),
        startedAt: as("startedAt"),
        usedAt: as("usedAt"),
      })
      .prepare();
  return await transaction(async (tx) => {
    const [round, invitation] = [insertRound(tx), insertInvitation(tx)];
    const fieldwork = [];
    for (const { id: panelId } of panels) {
      const active = (await members.execute({ panelId })) as ({ id: number } & Respondent)[];
      const ids = active.map((m) => m.id);
      const answered = Math.round(ids.length * RESPONSE_RATE);
      const sample = { method: "all", n: null, seed: "demo-2025", eligible: ids.length, drawn: ids.length };
      const [{ id: roundId }] = await round.execute({ panelId, sample });
      // Who answered: a fixed permutation of the list, so they are spread over it, not its start.
      const order = ids.map((id, index) => ({ id, key: (index * 7919) % ids.length }));
      order.sort((a, b) => a.key - b.key);
      const answering = new Set(order.slice(0, answered).map((m) => m.id));
      for (const memberId of ids) {
        const used = answering.has(memberId) ? sent : null;
        const tokenHash = randomBytes(32).toString("hex");
        await invitation.execute({
          roundId,
          panelId,
          memberId,
          tokenHash,
          createdAt: sent,
          startedAt: used,
          usedAt: used,
        });
      }
      // In the members' order, so each is paired with the same seeded draws on every run and
      // engine (shuffled here, the published figures changed from one seed to the next). The
      // responses are written in a truly random order (generateResponses' writeInRandomOrder):
      // an order anyone can recompute would line response ids up with members.
      const respondents = active
        .filter((m) => answering.has(m.id))
        .map(({ birthYear, sex, district }) => ({ birthYear, sex, district }));
      fieldwork.push({ panelId, invited: ids.length, answered, respondents });
    }
    return fieldwork;
  });
}
