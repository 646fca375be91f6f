import Database from "better-sqlite3";
import { E2E_DB_FILE, queryE2eDb } from "./db";
import { importSurveyCopy } from "./operator-cli";

/*
 * Setting up a survey with results for the publication journey (e2e/results-publication.spec.ts):
 * a copy of the demo survey of its own, responses and advice with its official response written
 * into the e2e server's database. Answering, and the review cycle that produces
 * advice, each have their own journeys.
 */

const query = queryE2eDb;

function write(run: (db: Database.Database) => void): void {
  const db = new Database(E2E_DB_FILE);
  db.pragma("busy_timeout = 5000");
  try {
    db.transaction(() => run(db))();
  } finally {
    db.close();
  }
}

export type SurveyRow = { id: number; title: string; status: string; versionId: number };

export const surveyBySlug = (slug: string): SurveyRow =>
  query<SurveyRow>(
    "select id, title, status, current_version_id as versionId from surveys where slug = ?",
    slug,
  )[0] as SurveyRow;

/** A copy of a demo survey under its own slug, open to residents (as opening would leave it). */
export function openCopyOfDemo(source: string, slug: string, titleSuffix: string): void {
  importSurveyCopy(source, slug, (definition) => ({
    ...definition,
    title: `${definition.title} (${titleSuffix})`,
  }));
  write((db) => {
    const now = Date.now();
    db.prepare("update surveys set status = 'open', opens_at = ? where slug = ?").run(
      now - 14 * 86_400_000,
      slug,
    );
    db.prepare(
      "update survey_versions set frozen_at = ? where id = (select current_version_id from surveys where slug = ?)",
    ).run(now, slug);
  });
}

/**
 * Completed responses written straight into the database (the results cube is rebuilt when the
 * server next reads the results): 15 through the panel, all in Centrum, eight men of 50-64 and
 * seven women of 65-79; 25 through the open link. To "Heeft u het afgelopen jaar hulp gezocht?":
 * panel 10 yes (five in each age group) and 5 no (not needed); open link 12 yes, 10 no (not needed)
 * and 3 no (but needed). With the resident who answers "no (not needed)" through the pages that is
 * 22 yes, 16 no (not needed) and 3 no (but needed) overall. The counts are chosen so that the one
 * small answer (3) sits beside figures large enough to print: the panel answers are not all the same,
 * or every figure of the panel would give its zeros away.
 */
export function insertResponses(slug: string): void {
  const { id, versionId } = surveyBySlug(slug);
  write((db) => {
    const panelId = (db.prepare("select id from panels order by id limit 1").get() as { id: number }).id;
    const response = db.prepare(
      `insert into responses (survey_id, version_id, channel, panel_id, age_group, sex, district, status,
         completed_at, resume_token_hash, resume_code_hash, resume_token_sealed, resume_code_sealed)
       values (?, ?, ?, ?, ?, ?, ?, 'completed', ?, ?, ?, 'x', 'x')`,
    );
    const answer = db.prepare("insert into answers (response_id, question_id, value) values (?, ?, ?)");
    for (let i = 0; i < 40; i += 1) {
      const panel = i < 15;
      const older = i % 2 === 1;
      const responseId = response.run(
        id,
        versionId,
        panel ? "panel" : "public",
        panel ? panelId : null,
        panel ? (older ? "65-79" : "50-64") : null,
        panel ? (older ? "vrouw" : "man") : null,
        panel ? "Centrum" : null,
        Date.now() - (i + 1) * 3_600_000,
        `e2e-publicatie-${slug}-${i}`,
        `e2e-publicatie-code-${i}`,
      ).lastInsertRowid;
      // Panel (0-14): 0-9 yes, 10-14 no; open link (15-39): 15-26 yes, 27-36 no, 37-39 no but needed.
      const helped = i < 10 || (i >= 15 && i < 27) ? "ja" : i < 37 ? "nee-niet-nodig" : "nee-wel-nodig";
      answer.run(responseId, "hulp-gezocht", JSON.stringify({ choice: helped }));
      answer.run(
        responseId,
        "huishouden",
        JSON.stringify({ choice: i % 4 === 0 ? "alleen" : "samen-met-kinderen" }),
      );
    }
  });
}

export type AdvicePointSetup = {
  body: string;
  questionIds: string[];
  verdict: "overgenomen" | "deels_overgenomen" | "niet_overgenomen";
  explanation: string;
};

/** The Adviesraad's submitted advice on the current version, and the final official response to it. */
export function adviceWithResponse(
  slug: string,
  advice: { introduction: string; response: string; points: AdvicePointSetup[] },
): void {
  const { id, versionId } = surveyBySlug(slug);
  const day = 86_400_000;
  write((db) => {
    const now = Date.now();
    const round = db
      .prepare(
        "insert into review_rounds (survey_id, version_id, shared_at, advice_deadline, closed_at) values (?, ?, ?, ?, ?)",
      )
      .run(id, versionId, now - 30 * day, now - 20 * day, now - 18 * day).lastInsertRowid;
    const adviceId = db
      .prepare(
        "insert into advice (survey_id, review_round_id, introduction, status, submitted_at, late) values (?, ?, ?, 'submitted', ?, 0)",
      )
      .run(id, round, advice.introduction, now - 21 * day).lastInsertRowid;
    const responseId = db
      .prepare(
        "insert into advice_responses (advice_id, introduction, status, finalized_at) values (?, ?, 'final', ?)",
      )
      .run(adviceId, advice.response, now - 19 * day).lastInsertRowid;
    const point = db.prepare(
      "insert into advice_points (advice_id, number, body, question_ids) values (?, ?, ?, ?)",
    );
    const answer = db.prepare(
      "insert into advice_response_points (response_id, point_id, verdict, explanation) values (?, ?, ?, ?)",
    );
    advice.points.forEach((p, i) => {
      const pointId = point.run(adviceId, i + 1, p.body, JSON.stringify(p.questionIds)).lastInsertRowid;
      answer.run(responseId, pointId, p.verdict, p.explanation);
    });
  });
}

/**
 * A handful of completed responses (for the refusals under k): `openLink` through the open link and
 * `panel` through the panel, each with one answer to "Heeft u het afgelopen jaar hulp gezocht?".
 */
export function insertFewResponses(slug: string, counts: { openLink: number; panel: number }): void {
  const { id, versionId } = surveyBySlug(slug);
  write((db) => {
    const panelId = (db.prepare("select id from panels order by id limit 1").get() as { id: number }).id;
    const response = db.prepare(
      `insert into responses (survey_id, version_id, channel, panel_id, status, completed_at,
         resume_token_hash, resume_code_hash, resume_token_sealed, resume_code_sealed)
       values (?, ?, ?, ?, 'completed', ?, ?, ?, 'x', 'x')`,
    );
    const answer = db.prepare("insert into answers (response_id, question_id, value) values (?, ?, ?)");
    const channels = [
      ...Array.from({ length: counts.openLink }, () => "public" as const),
      ...Array.from({ length: counts.panel }, () => "panel" as const),
    ];
    channels.forEach((channel, i) => {
      const responseId = response.run(
        id,
        versionId,
        channel,
        channel === "panel" ? panelId : null,
        Date.now() - (i + 1) * 3_600_000,
        `e2e-weinig-${slug}-${i}`,
        `e2e-weinig-code-${slug}-${i}`,
      ).lastInsertRowid;
      answer.run(
        responseId,
        "hulp-gezocht",
        JSON.stringify({ choice: i % 2 === 0 ? "ja" : "nee-niet-nodig" }),
      );
    });
  });
}
