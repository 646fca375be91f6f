import { type SurveyDefinition, surveyDefinitionSchema } from "./schema";

export type DefinitionResult = { ok: true; definition: SurveyDefinition } | { ok: false; errors: string[] };

/**
 * Parses and checks a survey definition. Every error names its place, e.g.
 * `page 2, question "q7": condition refers to unknown question "q9"`.
 */
export function parseDefinition(input: unknown): DefinitionResult {
  const parsed = surveyDefinitionSchema.safeParse(input);
  if (!parsed.success) {
    return { ok: false, errors: parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`) };
  }
  return { ok: true, definition: parsed.data };
}
