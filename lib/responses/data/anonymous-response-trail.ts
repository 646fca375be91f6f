import "server-only";
import { randomInt } from "node:crypto";
import { type Db, getDb } from "@/db/client";
import { foldHoursIntoDays, HOUR_MS } from "@/lib/responses/fieldwork-days";
import { coarsenAnonymousPanelAttributes } from "@/lib/results/data/anonymous-panel-attributes";

/*
 * When fieldwork closes, an anonymous panel response loses everything that says *when* it came
 * in. Whoever holds the database also holds the panel member list and sees which invitations were
 * used. During fieldwork the reminder trail (invitations.last_reminded_at, the reminder mails in
 * the outbox, the reminder tokens) says who had not answered by each reminder. A response's own
 * moments (completed_at, created_at, updated_at, its answers' updated_at) then place it in one
 * reminder window, and only the members who answered in that window remain as candidates: often
 * fewer than k. The autoincrement id does the same by order: public responses carry their moment,
 * and an anonymous response's id between two of them dates it.
 *
 * So the close pass, after the attributes are coarsened (lib/results/data/anonymous-panel-attributes.ts):
 * 1. keeps what staff see as counts: completions per Dutch calendar day, channel and panel, in
 *    completion_day_counts (the monitoring page reads them; no response id);
 * 2. gives every anonymous panel response of the survey, and its answers, one and the same moment
 *    (the close moment);
 * 3. clears the reminder trail of the survey: last_reminded_at, the reminder mails (deleted,
 *    whatever their status: a reminder for a closed survey is not sent), the reminder tokens of
 *    used invitations (a used invitation needs no link);
 * 4. re-keys the completed anonymous panel responses with a crypto-random permutation of their own
 *    ids. Their answers and open-answer reviews go with them and are written anew, so neither the
 *    answers' row order nor the reviews' ids keep the old order.
 * Pseudonymous surveys are left alone: their respondents were told their answers are linked.
 * Safe to repeat: a second run counts nothing twice (responses that carry the recorded moment are
 * counted already) and only shuffles the ids once more.
 */

type Sqlite = Db["$client"];

export type TrailErasure = {
  /** Anonymous panel responses (completed or not) that now carry the close moment. */
  responses: number;
  /** Completions newly added to the per-day counts. */
  counted: number;
  /** Invitations whose last_reminded_at was cleared. */
  remindersCleared: number;
  /** Reminder mails removed from the outbox. */
  mailsDeleted: number;
  /** Reminder tokens of used invitations removed. */
  tokensDeleted: number;
  /** Completed anonymous panel responses given a shuffled id. */
  rekeyed: number;
};

const NOTHING: TrailErasure = {
  responses: 0,
  counted: 0,
  remindersCleared: 0,
  mailsDeleted: 0,
  tokensDeleted: 0,
  rekeyed: 0,
};

/** The survey's anonymous panel responses (the caller has checked that the survey is anonymous). */
const ANONYMOUS_PANEL = "survey_id = @surveyId AND channel = 'panel' AND member_id IS NULL";

/**
 * The close pass for a survey's anonymous panel responses: coarsens their attributes, then erases
 * when each came in. `at` is the moment they all get (the close step passes its own moment, the
 * demo seed its fieldwork end); without it, the moment recorded by an earlier close, else now.
 * Runs inside the caller's transaction when there is one.
 */
export function closeAnonymousPanelFieldwork(
  surveyId: number,
  options: { at?: Date; db?: Db } = {},
): TrailErasure & { coarsened: number } {
  const db = options.db ?? getDb();
  return db.$client.transaction(() => {
    const { coarsened } = coarsenAnonymousPanelAttributes(surveyId, db);
    return { coarsened, ...eraseAnonymousResponseTrail(surveyId, options) };
  })();
}

/** Steps 1–4 above, in one transaction. */
export function eraseAnonymousResponseTrail(
  surveyId: number,
  options: { at?: Date; db?: Db } = {},
): TrailErasure {
  const sqlite = (options.db ?? getDb()).$client;
  return sqlite.transaction(() => {
    const survey = sqlite.prepare("SELECT anonymity FROM surveys WHERE id = ?").get(surveyId) as
      | { anonymity: string }
      | undefined;
    if (survey?.anonymity !== "anonymous") return NOTHING;
    const previous = (
      sqlite
        .prepare("SELECT max(erased_at) AS at FROM completion_day_counts WHERE survey_id = ?")
        .get(surveyId) as { at: number | null }
    ).at;
    const moment = options.at?.getTime() ?? previous ?? Date.now();
    const counted = keepDayCounts(sqlite, surveyId, previous, moment);
    const responses = sqlite
      .prepare(
        `UPDATE responses SET created_at = @moment, updated_at = @moment,
           completed_at = CASE WHEN status = 'completed' THEN @moment END
         WHERE ${ANONYMOUS_PANEL}`,
      )
      .run({ surveyId, moment }).changes;
    sqlite
      .prepare(
        `UPDATE answers SET updated_at = @moment
         WHERE response_id IN (SELECT id FROM responses WHERE ${ANONYMOUS_PANEL})`,
      )
      .run({ surveyId, moment });
    return {
      responses,
      counted,
      ...clearReminderTrail(sqlite, surveyId, moment),
      rekeyed: rekeyCompleted(sqlite, surveyId, moment),
    };
  })();
}

/**
 * Adds the completions not counted yet (those that do not carry the moment of an earlier close)
 * to the per-day counts, and records the new moment on all of the survey's rows.
 */
function keepDayCounts(sqlite: Sqlite, surveyId: number, previous: number | null, moment: number): number {
  const hours = sqlite
    .prepare(
      `SELECT channel, coalesce(panel_id, 0) AS panelId, completed_at / ${HOUR_MS} AS hour, count(*) AS n
       FROM responses
       WHERE ${ANONYMOUS_PANEL} AND status = 'completed' AND completed_at IS NOT NULL
         AND completed_at IS NOT @previous
       GROUP BY channel, panelId, hour`,
    )
    .all({ surveyId, previous }) as { channel: string; panelId: number; hour: number; n: number }[];
  const groups = new Map<
    string,
    { channel: string; panelId: number; hours: { hour: number; n: number }[] }
  >();
  for (const row of hours) {
    const key = `${row.channel}/${row.panelId}`;
    const group = groups.get(key) ?? { channel: row.channel, panelId: row.panelId, hours: [] };
    group.hours.push(row);
    groups.set(key, group);
  }
  const add = sqlite.prepare(
    `INSERT INTO completion_day_counts (survey_id, day, channel, panel_id, completed, erased_at)
     VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT (survey_id, day, channel, panel_id) DO UPDATE SET completed = completed + excluded.completed`,
  );
  let counted = 0;
  for (const group of groups.values()) {
    for (const [day, n] of foldHoursIntoDays(group.hours)) {
      add.run(surveyId, day, group.channel, group.panelId, n, moment);
      counted += n;
    }
  }
  sqlite.prepare("UPDATE completion_day_counts SET erased_at = ? WHERE survey_id = ?").run(moment, surveyId);
  return counted;
}

/**
 * Who was reminded, and when, says who had not answered by then. Removed for the whole survey:
 * - invitations.last_reminded_at;
 * - the reminder mails (dedupe key `reminder:<invitationId>:<n>`): address, body and times;
 * - the reminder tokens of used invitations (one per reminder received, each with its time); those
 *   of unused invitations stay, so their links work if fieldwork reopens, with the close moment as
 *   their time. Unused invitations belong to members who did not answer: no response is theirs.
 */
function clearReminderTrail(
  sqlite: Sqlite,
  surveyId: number,
  moment: number,
): Pick<TrailErasure, "remindersCleared" | "mailsDeleted" | "tokensDeleted"> {
  const remindersCleared = sqlite
    .prepare(
      "UPDATE invitations SET last_reminded_at = NULL WHERE survey_id = ? AND last_reminded_at IS NOT NULL",
    )
    .run(surveyId).changes;
  const mailsDeleted = sqlite
    .prepare(
      `DELETE FROM mail_outbox
       WHERE template = 'reminder' AND dedupe_key LIKE 'reminder:%'
         AND CAST(substr(dedupe_key, 10, instr(substr(dedupe_key, 10), ':') - 1) AS INTEGER)
             IN (SELECT id FROM invitations WHERE survey_id = ?)`,
    )
    .run(surveyId).changes;
  const tokensDeleted = sqlite
    .prepare(
      `DELETE FROM invitation_tokens
       WHERE invitation_id IN (SELECT id FROM invitations WHERE survey_id = ? AND used_at IS NOT NULL)`,
    )
    .run(surveyId).changes;
  sqlite
    .prepare(
      "UPDATE invitation_tokens SET created_at = ? WHERE invitation_id IN (SELECT id FROM invitations WHERE survey_id = ?)",
    )
    .run(moment, surveyId);
  return { remindersCleared, mailsDeleted, tokensDeleted };
}

type AnswerRow = { responseId: number; questionId: string; value: string };
type ReviewRow = {
  id: number;
  surveyId: number;
  responseId: number;
  questionId: string;
  item: string;
  status: string;
  findings: string;
  redactedText: string;
  quote: number;
  moderatedBy: number | null;
  moderatedAt: number | null;
};

/**
 * Gives the survey's completed anonymous panel responses a random permutation of their own ids.
 * Their answers and open-answer reviews (the only rows that name a response) are read, removed,
 * and written again under the new ids, so foreign keys hold after every statement. They are
 * written in the new order: an answer's rowid and a review's id otherwise keep the order in which
 * they were first written. A review keeps its status and text; its moderation moment becomes the
 * close moment, as staff moderate in queue order and that order was the responses' order.
 * Unfinished responses keep their ids: a respondent's page may be saving to one at this moment.
 */
function rekeyCompleted(sqlite: Sqlite, surveyId: number, moment: number): number {
  const ids = (
    sqlite
      .prepare(`SELECT id FROM responses WHERE ${ANONYMOUS_PANEL} AND status = 'completed' ORDER BY id`)
      .all({ surveyId }) as { id: number }[]
  ).map((row) => row.id);
  if (ids.length < 2) return 0;
  const shuffled = shuffle(ids);
  const newId = new Map(ids.map((id, i) => [id, shuffled[i] as number]));
  const ofThese = `response_id IN (SELECT id FROM responses WHERE ${ANONYMOUS_PANEL} AND status = 'completed')`;
  const answers = sqlite
    .prepare(
      `SELECT response_id AS responseId, question_id AS questionId, value FROM answers WHERE ${ofThese}`,
    )
    .all({ surveyId }) as AnswerRow[];
  const reviews = sqlite
    .prepare(
      `SELECT id, survey_id AS surveyId, response_id AS responseId, question_id AS questionId, item, status,
         findings, redacted_text AS redactedText, quote, moderated_by AS moderatedBy, moderated_at AS moderatedAt
       FROM open_answer_reviews WHERE ${ofThese}`,
    )
    .all({ surveyId }) as ReviewRow[];
  sqlite.prepare(`DELETE FROM answers WHERE ${ofThese}`).run({ surveyId });
  sqlite.prepare(`DELETE FROM open_answer_reviews WHERE ${ofThese}`).run({ surveyId });

  // Two steps, so no new id meets an old one still in place: first to the negative of the new id,
  // then back to positive.
  const move = sqlite.prepare("UPDATE responses SET id = ? WHERE id = ?");
  for (const [from, to] of newId) move.run(-to, from);
  sqlite.prepare("UPDATE responses SET id = -id WHERE survey_id = ? AND id < 0").run(surveyId);

  const insertAnswer = sqlite.prepare(
    "INSERT INTO answers (response_id, question_id, value, updated_at) VALUES (?, ?, ?, ?)",
  );
  const moved = answers.map((a) => ({ ...a, responseId: newId.get(a.responseId) as number }));
  moved.sort((a, b) => a.responseId - b.responseId || compare(a.questionId, b.questionId));
  for (const a of moved) insertAnswer.run(a.responseId, a.questionId, a.value, moment);

  const reviewIds = reviews.map((r) => r.id).sort((a, b) => a - b);
  const movedReviews = reviews.map((r) => ({ ...r, responseId: newId.get(r.responseId) as number }));
  movedReviews.sort(
    (a, b) => a.responseId - b.responseId || compare(a.questionId, b.questionId) || compare(a.item, b.item),
  );
  const insertReview = sqlite.prepare(
    `INSERT INTO open_answer_reviews (id, survey_id, response_id, question_id, item, status, findings,
       redacted_text, quote, moderated_by, moderated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  movedReviews.forEach((r, i) => {
    insertReview.run(
      reviewIds[i],
      r.surveyId,
      r.responseId,
      r.questionId,
      r.item,
      r.status,
      r.findings,
      r.redactedText,
      r.quote,
      r.moderatedBy,
      r.moderatedAt === null ? null : moment,
    );
  });
  return ids.length;
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Fisher–Yates with a cryptographic random source: no seed anyone could recompute. */
function shuffle<T>(items: readonly T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i -= 1) {
    const j = randomInt(i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}
