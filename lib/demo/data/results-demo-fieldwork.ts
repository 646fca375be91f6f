import { randomBytes, randomInt } from "node:crypto";
import type { Db } from "@/db/client";
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
  /** The members who answered, shuffled (nothing ties a response to its place in the list). */
  respondents: Respondent[];
};

export function seedPanelFieldwork(
  db: Db,
  input: { surveyId: number; staffId: number; sentAt: Date },
): PanelFieldwork[] {
  const sqlite = db.$client;
  const panels = sqlite.prepare("SELECT id FROM panels ORDER BY id").all() as { id: number }[];
  const members = sqlite.prepare(
    `SELECT id, birth_year AS birthYear, sex, district FROM panel_members
     WHERE panel_id = ? AND status = 'active' ORDER BY id`,
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
      const active = members.all(panelId) as ({ id: number } & Respondent)[];
      const ids = active.map((m) => m.id);
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
      // The responses are written in a truly random order: an order anyone can recompute (the
      // invitations', or one from a seed in this file) would line response ids up with members.
      const respondents = active
        .filter((m) => answering.has(m.id))
        .map(({ birthYear, sex, district }) => ({ birthYear, sex, district }));
      for (let i = respondents.length - 1; i > 0; i -= 1) {
        const j = randomInt(i + 1);
        [respondents[i], respondents[j]] = [respondents[j] as Respondent, respondents[i] as Respondent];
      }
      return { panelId, invited: ids.length, answered, respondents };
    }),
  )();
}
