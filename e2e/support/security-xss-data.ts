import crypto from "node:crypto";
import { queryE2eDb } from "./db";
import { importSurveyCopy } from "./operator-cli";
import { writeE2eDb } from "./security-demo-data";

/*
 * Stored-XSS payloads, and the text fields they are put into for e2e/security-xss.spec.ts.
 * Surveys go in through the real import (the CLI's `survey:import`, which validates the
 * definition with the same schema as the staff import page); everything else is written where
 * the app keeps it, as the data functions would, so one run covers every field in seconds.
 */

/** Each sets window.__xss (in the page or its parent) if it ever runs; each must show as text. */
export const XSS_PAYLOADS = [
  "<img src=x onerror=window.__xss=1>",
  '"><script>window.__xss=1</script>',
  "</textarea><svg onload=window.__xss=1>",
  "javascript:window.__xss=1//",
  '\'><iframe srcdoc="<script>parent.__xss=1</script>"></iframe>',
  "</title></style><img src=x onerror=window.__xss=1>",
] as const;

let counter = 0;
/** Text with a payload appended; successive calls cycle through all payloads. */
export function infect(text: string): string {
  const payload = XSS_PAYLOADS[counter % XSS_PAYLOADS.length] as string;
  counter += 1;
  return `${text} ${payload}`;
}

/** A value that is only a payload (for fields that could become a link or an attribute). */
export function payloadOnly(index: number): string {
  return XSS_PAYLOADS[index % XSS_PAYLOADS.length] as string;
}

/** Replaces every string under the given keys, anywhere in a JSON value. */
export function transformTexts(
  value: unknown,
  keys: readonly string[],
  change: (text: string, key: string) => string,
): unknown {
  if (Array.isArray(value)) return value.map((item) => transformTexts(item, keys, change));
  if (value && typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value).map(([key, inner]) => [
        key,
        typeof inner === "string" && keys.includes(key)
          ? change(inner, key)
          : transformTexts(inner, keys, change),
      ]),
    );
  }
  return value;
}

/** The human-readable texts of a survey definition (not ids, types or option values). */
export const DEFINITION_TEXT_KEYS = [
  "title",
  "intro",
  "privacy",
  "closing",
  "text",
  "label",
  "unit",
  "minLabel",
  "maxLabel",
  "help",
] as const;

/** The human-readable texts of a published-results snapshot. */
export const SNAPSHOT_TEXT_KEYS = [
  "title",
  "summary",
  "text",
  "label",
  "questionText",
  "introduction",
  "body",
  "explanation",
  "unit",
  "source",
] as const;

export type SurveyIds = { id: number; versionId: number; slug: string };

export const surveyIds = (slug: string): SurveyIds => {
  const row = queryE2eDb<{ id: number; versionId: number }>(
    "select id, current_version_id as versionId from surveys where slug = ?",
    slug,
  )[0];
  if (!row) throw new Error(`no survey ${slug}`);
  return { ...row, slug };
};

/** A copy of a demo survey with every text changed, imported the way staff import a definition. */
export function importChangedCopy(
  source: string,
  slug: string,
  change: (text: string, key: string) => string,
): SurveyIds {
  importSurveyCopy(source, slug, (definition) => transformTexts(definition, DEFINITION_TEXT_KEYS, change));
  return surveyIds(slug);
}

/** Puts a survey in a state directly (the lifecycle itself has its own journeys). */
export function setSurveyStatus(slug: string, status: "in_review" | "open" | "closed" | "published"): void {
  writeE2eDb((db) => {
    const now = Date.now();
    db.prepare("update surveys set status = ?, opens_at = ? where slug = ?").run(
      status,
      now - 86_400_000,
      slug,
    );
    db.prepare(
      "update survey_versions set frozen_at = ? where id = (select current_version_id from surveys where slug = ?)",
    ).run(now, slug);
  });
}

/**
 * Completed responses whose open answer (tips-gemeente) is text from `answers`, one response each;
 * returns their ids in the order of `answers`.
 */
export function insertOpenAnswers(slug: string, answers: readonly string[]): number[] {
  const { id, versionId } = surveyIds(slug);
  const ids: number[] = [];
  writeE2eDb((db) => {
    const response = db.prepare(
      `insert into responses (survey_id, version_id, channel, status, completed_at,
         resume_token_hash, resume_code_hash, resume_token_sealed, resume_code_sealed)
       values (?, ?, 'public', 'completed', ?, ?, ?, 'x', 'x')`,
    );
    const answer = db.prepare("insert into answers (response_id, question_id, value) values (?, ?, ?)");
    answers.forEach((text, i) => {
      const tag = crypto.randomBytes(6).toString("hex");
      const responseId = response.run(
        id,
        versionId,
        Date.now() - (i + 1) * 60_000,
        `xss-${tag}`,
        `xss-c-${tag}`,
      ).lastInsertRowid;
      answer.run(responseId, "tips-gemeente", JSON.stringify(text));
      answer.run(responseId, "hulp-gezocht", JSON.stringify({ choice: "ja" }));
      ids.push(Number(responseId));
    });
  });
  return ids;
}

/**
 * An open review round with a comment thread (the Adviesraad's comment and a staff reply),
 * submitted advice with points, and the municipality's draft response with an explanation per point.
 */
export function insertReviewWithAdvice(
  slug: string,
  texts: {
    comment: string;
    reply: string;
    advice: string;
    point: string;
    response: string;
    explanation: string;
  },
): void {
  const { id, versionId } = surveyIds(slug);
  const user = (email: string) =>
    (queryE2eDb<{ id: number }>("select id from users where email = ?", email)[0] as { id: number }).id;
  const adviesraad = user("adviesraad@peiling.demo");
  const staff = user("beleid@peiling.demo");
  writeE2eDb((db) => {
    const now = Date.now();
    const round = db
      .prepare(
        "insert into review_rounds (survey_id, version_id, shared_by, shared_at, advice_deadline) values (?, ?, ?, ?, ?)",
      )
      .run(id, versionId, staff, now - 86_400_000, now + 14 * 86_400_000).lastInsertRowid;
    const comment = db
      .prepare(
        "insert into review_comments (survey_id, version_id, question_id, author_id, body) values (?, ?, 'tips-gemeente', ?, ?)",
      )
      .run(id, versionId, adviesraad, texts.comment).lastInsertRowid;
    db.prepare(
      "insert into review_comments (survey_id, version_id, question_id, thread_id, author_id, body) values (?, ?, 'tips-gemeente', ?, ?, ?)",
    ).run(id, versionId, comment, staff, texts.reply);
    const advice = db
      .prepare(
        `insert into advice (survey_id, review_round_id, introduction, status, created_by, submitted_by, submitted_at)
         values (?, ?, ?, 'submitted', ?, ?, ?)`,
      )
      .run(id, round, texts.advice, adviesraad, adviesraad, now - 3_600_000).lastInsertRowid;
    const point = db
      .prepare(
        "insert into advice_points (advice_id, number, body, question_ids) values (?, 1, ?, '[\"tips-gemeente\"]')",
      )
      .run(advice, texts.point).lastInsertRowid;
    const response = db
      .prepare("insert into advice_responses (advice_id, introduction, status) values (?, ?, 'draft')")
      .run(advice, texts.response).lastInsertRowid;
    db.prepare(
      "insert into advice_response_points (response_id, point_id, verdict, explanation) values (?, ?, 'overgenomen', ?)",
    ).run(response, point, texts.explanation);
  });
}

/** Publishes `slug` with the snapshot of a published demo survey, every text in it changed. */
export function publishChangedSnapshot(
  slug: string,
  fromSlug: string,
  change: (text: string) => string,
): void {
  const source = queryE2eDb<{ snapshot: string }>(
    "select p.snapshot from result_publications p join surveys s on s.id = p.survey_id where s.slug = ?",
    fromSlug,
  )[0];
  if (!source) throw new Error(`${fromSlug} is not published`);
  const snapshot = transformTexts(JSON.parse(source.snapshot), SNAPSHOT_TEXT_KEYS, change) as {
    survey: { slug: string };
  };
  snapshot.survey.slug = slug;
  setSurveyStatus(slug, "published");
  const { id } = surveyIds(slug);
  writeE2eDb((db) =>
    db
      .prepare("insert into result_publications (survey_id, snapshot) values (?, ?)")
      .run(id, JSON.stringify(snapshot)),
  );
}

/** A panel whose name, description and privacy text are the given texts; returns its id and slug. */
export function insertPanel(texts: { name: string; description: string; privacy: string }): {
  id: number;
  slug: string;
} {
  const slug = `xss-${crypto.randomBytes(4).toString("hex")}`;
  const id = writeE2eDb((db) =>
    Number(
      db
        .prepare(
          "insert into panels (slug, name, description, privacy_text, privacy_version) values (?, ?, ?, ?, 1)",
        )
        .run(slug, texts.name, texts.description, texts.privacy).lastInsertRowid,
    ),
  );
  return { id, slug };
}
