// zod/mini: the same schema runs in the browser, where the full zod would add ~30 KB of JavaScript.
import { NEVER, pipe, transform, unknown, type ZodMiniType } from "zod/mini";
import type {
  AnswerError,
  AnswerErrorCode,
  AnswerErrorParams,
  Answers,
  PageAnswersResult,
  PageFormValues,
} from "./answer-types";
import { OTHER_MAX_LENGTH } from "./answer-types";
import { controlDomId, fieldDomId } from "./dom-ids";
import { parseFormValue, rankingPlaces } from "./parse-form-value";
import type { Question } from "./schema";

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

/**
 * One zod schema over the form values of a page's (visible) questions. On success it yields the
 * stored answers (unanswered optional questions have no key); on failure every issue has
 * `message` = an AnswerErrorCode and `path` = the form path, e.g. ["q7", "choice"], so
 * react-hook-form's zodResolver puts the error on that field. Keys of other questions are ignored
 * here: formDataToValues reports unknown field names.
 */
export function buildPageAnswerSchema(questions: readonly Question[]): ZodMiniType<Answers, PageFormValues> {
  const schema = pipe(
    unknown(),
    transform((raw, ctx) => {
      if (!isRecord(raw)) {
        ctx.issues.push({ code: "custom", message: "invalid", path: [], input: raw });
        return NEVER;
      }
      const answers: Answers = {};
      let failed = false;
      for (const question of questions) {
        const parsed = parseFormValue(question, raw[question.id]);
        if (parsed.ok) {
          if (parsed.answer !== undefined) answers[question.id] = parsed.answer;
          continue;
        }
        failed = true;
        for (const i of parsed.issues) {
          ctx.issues.push({
            code: "custom",
            message: i.code,
            path: [question.id, ...i.path],
            input: raw[question.id],
            ...(i.params ? { params: i.params } : {}),
          });
        }
      }
      return failed ? NEVER : answers;
    }),
  );
  return schema as unknown as ZodMiniType<Answers, PageFormValues>;
}

/** The DOM id an issue at form path [qid, ...rest] links to. */
export function errorFieldDomId(question: Question, rest: readonly PropertyKey[]): string {
  const part = rest[0] === undefined ? undefined : String(rest[0]);
  if (part === "other") return fieldDomId(question.id, "other");
  if (question.type === "likert" || question.type === "ranking") return controlDomId(question, { part });
  return fieldDomId(question.id);
}

/**
 * The params for an error code of a question, for the client, where zodResolver keeps only the
 * message: `t(\`validation.${code}\`, answerErrorParams(question, code, path))`.
 */
export function answerErrorParams(
  question: Question,
  code: AnswerErrorCode,
  path: readonly PropertyKey[] = [],
): AnswerErrorParams | undefined {
  if (path[path.length - 1] === "other") return code === "too_long" ? { max: OTHER_MAX_LENGTH } : undefined;
  switch (code) {
    case "too_long":
      return question.type === "short_text" || question.type === "long_text"
        ? { max: question.maxLength }
        : undefined;
    case "too_many":
      return question.type === "multiple_choice" && question.maxSelected !== undefined
        ? { max: question.maxSelected }
        : undefined;
    case "ranking_incomplete":
      return question.type === "ranking" ? { max: rankingPlaces(question) } : undefined;
    case "too_small":
    case "too_large": {
      if (question.type === "rating") return { min: 0, max: 10 };
      if (question.type !== "number") return undefined;
      const params: AnswerErrorParams = {};
      if (question.min !== undefined) params.min = question.min;
      if (question.max !== undefined) params.max = question.max;
      return params;
    }
    default:
      return undefined;
  }
}

/**
 * Validates a page's form values (as posted, or as react-hook-form holds them) against the given
 * visible questions. Returns every error, in question order.
 */
export function validatePageAnswers(questions: readonly Question[], values: unknown): PageAnswersResult {
  const result = buildPageAnswerSchema(questions).safeParse(values);
  if (result.success) return { ok: true, answers: result.data };
  const byId = new Map(questions.map((q) => [q.id, q]));
  const errors: AnswerError[] = [];
  for (const issue of result.error.issues) {
    const [qid, ...rest] = issue.path;
    const question = byId.get(String(qid));
    const code = issue.message as AnswerErrorCode;
    if (!question) {
      // The whole value was not an object: blame the first question so the summary has a target.
      const first = questions[0];
      if (first) errors.push({ questionId: first.id, field: fieldDomId(first.id), code });
      continue;
    }
    const params = (issue as { params?: AnswerErrorParams }).params;
    errors.push({
      questionId: question.id,
      field: errorFieldDomId(question, rest),
      code,
      ...(params ? { params } : {}),
    });
  }
  return { ok: false, errors };
}

/**
 * Best-effort conversion for live visibility in the browser: each valid form value becomes its
 * answer, invalid or empty ones are left out (they count as unanswered in conditions).
 */
export function formValuesToAnswers(
  questions: readonly Question[],
  values: Partial<PageFormValues>,
): Answers {
  const answers: Answers = {};
  for (const question of questions) {
    const parsed = parseFormValue(question, values[question.id]);
    if (parsed.ok && parsed.answer !== undefined) answers[question.id] = parsed.answer;
  }
  return answers;
}
