import { z } from "zod";

/**
 * The staff form for when a survey's results are expected: a calendar day (an <input type="date">
 * sends YYYY-MM-DD), or empty to say nothing. Messages are catalogue keys (messages/<locale>/lifecycle.json).
 */
export const resultsDateSchema = z.object({
  surveyId: z.coerce.number().int().positive("lifecycle.resultsDate.invalid"),
  resultsExpectedOn: z
    .string()
    .trim()
    .refine(
      (value) => value === "" || (/^\d{4}-\d{2}-\d{2}$/.test(value) && isCalendarDay(value)),
      "lifecycle.resultsDate.invalid",
    )
    .transform((value) => value || null),
});
export type ResultsDateInput = z.output<typeof resultsDateSchema>;

function isCalendarDay(value: string): boolean {
  const day = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(day.getTime()) && day.toISOString().startsWith(value);
}
