/*
 * One timing run of bench:results in its own process (so the first call is a cold one: no parsed
 * definition, no prepared statement, SQLite's page cache empty in this process), started by
 * bench/results.ts. Times the work of getSurveyResults — computeSurveyResults, which is
 * getSurveyResults after its permission check (the check needs a signed-in request) — on the
 * bench database, and with --completions the completion of new responses (rolled back).
 * Prints one JSON line.
 *
 * The database is the one the environment names, on either engine (PEILING_DB, or DATABASE_URL
 * for PostgreSQL); bench/results.ts passes its fixture's.
 *
 * Usage: node --conditions=react-server --import tsx bench/results-timing.ts <surveyId> <runs> [--completions N]
 */
import { performance } from "node:perf_hooks";

const [surveyIdArg, runsArg] = process.argv.slice(2);
const completionsAt = process.argv.indexOf("--completions");
const completions = completionsAt > 0 ? Number(process.argv[completionsAt + 1]) : 0;
if (!surveyIdArg || !runsArg) throw new Error("usage: results-timing.ts <surveyId> <runs>");
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
  const { answers, responses, surveys, surveyVersions } = await import("@/db/schema");
  const { eq } = await import("drizzle-orm");
  const db = getDb();
  const [version] = await db
    .select({ id: surveyVersions.id, definition: surveyVersions.definition })
    .from(surveys)
    .innerJoin(surveyVersions, eq(surveyVersions.id, surveys.currentVersionId))
    .where(eq(surveys.id, surveyId));
  if (!version) throw new Error(`survey ${surveyId} has no current version`);
  // biome-ignore lint/suspicious/noExplicitAny: the stored definition document, as generateAnswers reads it.
  const definition = version.definition as any;
  const random = seededRandom(99);
  const complete: number[] = [];
  const record: number[] = [];
  class Rollback extends Error {}
  try {
    await transaction(async (tx) => {
      const ids: { id: number; answers: Record<string, unknown> }[] = [];
      for (let i = 0; i < n; i++) {
        const generated = generateAnswers(definition, random, { mood: 0, age: 40 });
        const [row] = await tx
          .insert(responses)
          .values({
            surveyId,
            versionId: version.id,
            channel: "public",
            resumeTokenHash: `bench-completion-${i}`,
            resumeCodeHash: `bench-completion-${i}`,
            resumeTokenSealed: "x",
            resumeCodeSealed: "x",
          })
          .returning({ id: responses.id });
        const id = row?.id as number;
        const values = Object.entries(generated).map(([questionId, value]) => ({
          responseId: id,
          questionId,
          value,
        }));
        if (values.length) await tx.insert(answers).values(values);
        ids.push({ id, answers: generated });
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
