import { randomBytes } from "node:crypto";
import type { Db } from "../client";

/*
 * The 2025 edition's panel fieldwork: every active member of each panel invited when the survey
 * opened (a "whole panel" round, no reminders left to send), and about seven in ten of them
 * answered. The invitations are marked used at the send time, as real ones are, so nothing ties a
 * used invitation to a response by time; the responses themselves are generated separately, the
 * same number per panel as there are used invitations.
 */

const RESPONSE_RATE = 0.7;

export type PanelFieldwork = { panelId: number; invited: number; answered: number };

export function seedPanelFieldwork(
  db: Db,
  input: { surveyId: number; staffId: number; sentAt: Date },
): PanelFieldwork[] {
  const sqlite = db.$client;
  const panels = sqlite.prepare("SELECT id FROM panels ORDER BY id").all() as { id: number }[];
  const members = sqlite.prepare(
    "SELECT id FROM panel_members WHERE panel_id = ? AND status = 'active' ORDER BY id",
  );
  const insertRound = sqlite.prepare(
    `INSERT INTO invitation_rounds (survey_id, panel_id, sample, reminder_days, reminders_sent, created_by, created_at)
     VALUES (?, ?, ?, '[]', 0, ?, ?)`,
  );
  const insertInvitation = sqlite.prepare(
    `INSERT INTO invitations (round_id, survey_id, panel_id, member_id, token_hash, created_at, started_at, used_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const sent = input.sentAt.getTime();
  return sqlite.transaction(() =>
    panels.map(({ id: panelId }) => {
      const ids = (members.all(panelId) as { id: number }[]).map((m) => m.id);
      const answered = Math.round(ids.length * RESPONSE_RATE);
      const sample = { method: "all", n: null, seed: "demo-2025", eligible: ids.length, drawn: ids.length };
      const roundId = Number(
        insertRound.run(input.surveyId, panelId, JSON.stringify(sample), input.staffId, sent).lastInsertRowid,
      );
      // Who answered: a fixed permutation of the list, so they are spread over it, not its start.
      const order = ids.map((id, index) => ({ id, key: (index * 7919) % ids.length }));
      order.sort((a, b) => a.key - b.key);
      const answering = new Set(order.slice(0, answered).map((m) => m.id));
      for (const memberId of ids) {
        const used = answering.has(memberId) ? sent : null;
        const tokenHash = randomBytes(32).toString("hex");
        insertInvitation.run(roundId, input.surveyId, panelId, memberId, tokenHash, sent, used, used);
      }
      return { panelId, invited: ids.length, answered };
    }),
  )();
}
