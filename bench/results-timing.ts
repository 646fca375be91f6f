/*
 * One timing run of bench:results in its own process (so the first call is a cold one: no parsed
 * definition, no prepared statement, SQLite's page cache empty in this process), started by
 * bench/results.ts. Times the work of getSurveyResults — computeSurveyResults, which is
 * getSurveyResults after its permission check (the check needs a signed-in request) — on the
 * bench database, and with --completions the completion of new responses (rolled back).
 * Prints one JSON line.
 *
 * Usage: node --conditions=react-server --import tsx bench/results-timing.ts <db> <surveyId> <runs> [--completions N]
 */
import { performance } from "node:perf_hooks";

const [dbPath, surveyIdArg, runsArg] = process.argv.slice(2);
const completionsAt = process.argv.indexOf("--completions");
const completions = completionsAt > 0 ? Number(process.argv[completionsAt + 1]) : 0;
if (!dbPath || !surveyIdArg || !runsArg) throw new Error("usage: results-timing.ts <db> <surveyId> <runs>");
process.env.PEILING_DB = dbPath;
const surveyId = Number(surveyIdArg);
const runs = Number(runsArg);

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
};

async function main() {
  const { computeSurveyResults } = await import("@/lib/results/data/survey-results");
  const time = async (work: () => Promise<unknown>) => {
    const started = performance.now();
    await work();
    return performance.now() - started;
  };
  const district = async () =>
    await computeSurveyResults(surveyId, { breakdown: { kind: "dimension", dimension: "district" } });
  const cold = await time(district);
  const warm: number[] = [];
  for (let i = 0; i < runs; i++) warm.push(await time(district));
  const weighted: number[] = [];
  for (let i = 0; i < Math.max(3, Math.ceil(runs / 2)); i++) {
    weighted.push(
      await time(() =>
        computeSurveyResults(surveyId, {
          breakdown: { kind: "dimension", dimension: "district" },
          weighted: true,
        }),
      ),
    );
  }
  // Once: a repeated view of the same breakdown is kept in memory (survey-results-by-question.ts).
  const byQuestion = await time(
    async () =>
      await computeSurveyResults(surveyId, { breakdown: { kind: "question", questionId: "hulp-gezocht" } }),
  );
  const results = await district();
  const questions = results?.questions.length ?? 0;
  const groups = results?.breakdown?.groups.length ?? 0;
  const completion = completions > 0 ? await timeCompletions(completions) : null;
  console.log(
    JSON.stringify({
      cold,
      warm: median(warm),
      weighted: median(weighted),
      byQuestion,
      questions,
      groups,
      completion,
    }),
  );
}

/**
 * Completes `n` new responses the way the respondent's last page does (completeResponse, which
 * adds each to the cube), then times the cube update alone once more per response; all inside a
 * transaction that is rolled back, so the bench database stays as it was.
 */
async function timeCompletions(n: number) {
  const { getDb } = await import("@/db/client");
  const { transaction } = await import("@/db/transaction");
  const { completeResponse } = await import("@/lib/responses/data/response-completion");
  const { recordResultCells } = await import("@/lib/results/data/result-cells");
  const { generateAnswers } = await import("@/lib/demo/generated-answers");
  const { seededRandom } = await import("@/lib/random/seeded-random");
  const { visibleQuestionIds } = await import("@/lib/surveys/definition/conditions");
  const db = getDb();
  const sqlite = db.$client;
  const version = sqlite
    .prepare(
      "SELECT v.id, v.definition FROM surveys s JOIN survey_versions v ON v.id = s.current_version_id WHERE s.id = ?",
    )
    .get(surveyId) as { id: number; definition: string };
  const definition = JSON.parse(version.definition);
  const random = seededRandom(99);
  const complete: number[] = [];
  const record: number[] = [];
  class Rollback extends Error {}
  try {
    await transaction(async () => {
      const ids: { id: number; answers: Record<string, unknown> }[] = [];
      for (let i = 0; i < n; i++) {
        const answers = generateAnswers(definition, random, { mood: 0, age: 40 });
        const id = Number(
          sqlite
            .prepare(
              `INSERT INTO responses (survey_id, version_id, channel, resume_token_hash, resume_code_hash,
                 resume_token_sealed, resume_code_sealed) VALUES (?, ?, 'public', ?, ?, 'x', 'x')`,
            )
            .run(surveyId, version.id, `bench-completion-${i}`, `bench-completion-${i}`).lastInsertRowid,
        );
        const insert = sqlite.prepare(
          "INSERT INTO answers (response_id, question_id, value) VALUES (?, ?, ?)",
        );
        for (const [q, v] of Object.entries(answers)) insert.run(id, q, JSON.stringify(v));
        ids.push({ id, answers });
      }
      for (const { id, answers } of ids) {
        const started = performance.now();
        await completeResponse({
          responseId: id,
          surveyId,
          visibleQuestionIds: [...visibleQuestionIds(definition, answers)],
        });
        complete.push(performance.now() - started);
      }
      for (const { id } of ids) {
        const started = performance.now();
        await transaction(async (tx) => await recordResultCells(tx, id));
        record.push(performance.now() - started);
      }
      throw new Rollback();
    });
  } catch (error) {
    if (!(error instanceof Rollback)) throw error;
  }
  return { n, complete: median(complete), cube: median(record) };
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
