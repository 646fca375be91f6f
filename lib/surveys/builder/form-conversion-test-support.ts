import { type SurveyDefinition, surveyDefinitionSchema } from "@/lib/surveys/definition/schema";
import { sampleQuestions } from "@/lib/surveys/definition/test-definitions";
import { decodeMessage } from "./error-message";
import type { BuilderForm } from "./form-model";
import { validateBuilderForm } from "./form-validation";

export const everyType = (): SurveyDefinition =>
  surveyDefinitionSchema.parse({
    title: "Alle soorten vragen",
    intro: "Intro",
    privacy: "Privacy",
    closing: "Dank u wel",
    estimatedMinutes: 7,
    pages: [
      {
        id: "een",
        title: "Een",
        intro: "Uitleg bij pagina een",
        questions: [
          { ...sampleQuestions.gender, help: "Mag leeg", required: true },
          { ...sampleQuestions.support, maxSelected: 2 },
          sampleQuestions.grid,
          { ...sampleQuestions.score, minLabel: "Slecht", maxLabel: "Goed" },
          { ...sampleQuestions.age, integer: false, unit: "jaar" },
        ],
      },
      {
        id: "twee",
        title: "Twee",
        block: "positive_health",
        visibleIf: {
          any: [
            { question: "age", operator: "gt", value: 17.5 },
            { question: "gender", operator: "answered" },
          ],
        },
        questions: [
          {
            ...sampleQuestions.name,
            visibleIf: { question: "grid", statement: "s1", operator: "equals", value: "5" },
          },
          {
            ...sampleQuestions.story,
            visibleIf: {
              all: [
                { question: "support", operator: "any_of", value: ["wmo", "_anders"] },
                {
                  any: [
                    { question: "score", operator: "lt", value: 4 },
                    { question: "name", operator: "not_equals", value: "x" },
                  ],
                },
              ],
            },
          },
          sampleQuestions.district,
          sampleQuestions.order,
        ],
      },
    ],
  });

/** The messages of a form's problems, keyed by path, with the key's last part only. */
export function problems(form: BuilderForm): Record<string, string> {
  return Object.fromEntries(
    validateBuilderForm(form).map((issue) => {
      const decoded = decodeMessage(issue.message);
      return [issue.path, "key" in decoded ? decoded.key.replace("builder.errors.", "") : decoded.text];
    }),
  );
}
