import type { SurveyDefinition } from "@/lib/surveys/definition/schema";
import { definition, sampleQuestions as q } from "@/lib/surveys/definition/test-definitions";
import { parseDefinition } from "@/lib/surveys/definition/validate-definition";

/*
 * A small survey for the aggregation tests (not used by the app): every question type, a
 * question with a condition and a page with one, so "not shown" differs from "skipped".
 *
 * p1: gender (single choice, anders + weet niet), district (dropdown),
 *     support (multiple choice, anders + weet niet; only when gender = vrouw)
 * p2 (only when gender is man or vrouw): grid (likert s1, s2; weet niet), score (rating 0–10),
 *     age (number), order (ranking zorg/werk/geld), story (long text)
 */
const raw = definition([
  {
    id: "p1",
    questions: [
      { ...q.gender, other: true, dontKnow: true },
      q.district,
      { ...q.support, visibleIf: { question: "gender", operator: "equals", value: "vrouw" } },
    ],
  },
  {
    id: "p2",
    visibleIf: { question: "gender", operator: "any_of", value: ["man", "vrouw"] },
    questions: [q.grid, q.score, q.age, q.order, q.story],
  },
]);

function parsed(): SurveyDefinition {
  const result = parseDefinition(raw);
  if (!result.ok) throw new Error(result.errors.join("\n"));
  return result.definition;
}

export const testSurvey: SurveyDefinition = parsed();
