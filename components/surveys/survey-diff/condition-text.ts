import type { ConditionNode, Question, SurveyDefinition } from "@/lib/surveys";

/** The translator of the "lifecycle.diff" namespace, as far as this file uses it. */
export type DiffTranslate = (key: string, values?: Record<string, string | number>) => string;

function findQuestion(definition: SurveyDefinition, id: string): Question | undefined {
  for (const page of definition.pages ?? []) {
    const found = page.questions?.find((q) => q.id === id);
    if (found) return found;
  }
  return undefined;
}

/** An option value as its label, where the question has one (the scale for a Likert grid). */
function valueText(question: Question | undefined, value: unknown): string {
  const labels = new Map<string, string>();
  if (question && "options" in question) for (const o of question.options) labels.set(o.value, o.label);
  if (question?.type === "likert") for (const o of question.scale) labels.set(o.value, o.label);
  const one = (v: unknown) => (labels.has(String(v)) ? `“${labels.get(String(v))}”` : `“${String(v)}”`);
  return Array.isArray(value) ? value.map(one).join(", ") : one(value);
}

/**
 * A condition in plain Dutch, naming questions by their text and values by their labels in the
 * version it belongs to: "Als het antwoord op “Voor wie zorgt u?” “Mijn kind” is".
 */
export function describeCondition(
  node: ConditionNode | undefined,
  definition: SurveyDefinition,
  t: DiffTranslate,
): string {
  if (!node) return t("condition.always");
  if ("all" in node)
    return t("condition.all", { parts: node.all.map((n) => describeCondition(n, definition, t)).join("; ") });
  if ("any" in node)
    return t("condition.any", { parts: node.any.map((n) => describeCondition(n, definition, t)).join("; ") });
  const question = findQuestion(definition, node.question);
  let name = question?.text ?? node.question;
  if (node.statement && question?.type === "likert") {
    const statement = question.statements.find((s) => s.id === node.statement);
    name = t("condition.statement", { question: name, statement: statement?.text ?? node.statement });
  }
  return t(`condition.${node.operator}`, { question: name, value: valueText(question, node.value) });
}
