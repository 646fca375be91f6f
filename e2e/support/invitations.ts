import crypto from "node:crypto";
import Database from "better-sqlite3";
import { E2E_DB_FILE } from "./db";

/**
 * Writes a panel, a member and a personal invitation to the e2e database and returns the token.
 * The invitation flow's own tests (sampling, sending) create invitations through the product; these
 * tests are about answering one, so they set up only what that needs.
 */
export function createInvitation(
  surveySlug: string,
  member: { birthYear: number; sex: string; district: string } = {
    birthYear: 1980,
    sex: "vrouw",
    district: "Centrum",
  },
): { token: string; invitationId: number; memberId: number; panelId: number } {
  const db = new Database(E2E_DB_FILE);
  db.pragma("busy_timeout = 5000");
  try {
    const tag = crypto.randomBytes(4).toString("hex");
    const survey = db.prepare("select id from surveys where slug = ?").get(surveySlug) as { id: number };
    const panelId = Number(
      db
        .prepare(
          "insert into panels (slug, name, description, privacy_text, min_age) values (?, ?, 'e2e', 'e2e', 16)",
        )
        .run(`e2e-${tag}`, `E2E-panel ${tag}`).lastInsertRowid,
    );
    const memberId = Number(
      db
        .prepare(
          `insert into panel_members (panel_id, email, birth_year, sex, postcode, district, status, joined_via)
           values (?, ?, ?, ?, '4901AB', ?, 'active', 'staff')`,
        )
        .run(panelId, `lid-${tag}@example.org`, member.birthYear, member.sex, member.district)
        .lastInsertRowid,
    );
    const roundId = Number(
      db
        .prepare(
          "insert into invitation_rounds (survey_id, panel_id, sample, reminder_days) values (?, ?, '{}', '[]')",
        )
        .run(survey.id, panelId).lastInsertRowid,
    );
    const token = crypto.randomBytes(16).toString("base64url");
    const hash = crypto.createHash("sha256").update(token).digest("hex");
    const invitationId = Number(
      db
        .prepare(
          "insert into invitations (round_id, survey_id, panel_id, member_id, token_hash) values (?, ?, ?, ?, ?)",
        )
        .run(roundId, survey.id, panelId, memberId, hash).lastInsertRowid,
    );
    return { token, invitationId, memberId, panelId };
  } finally {
    db.close();
  }
}
