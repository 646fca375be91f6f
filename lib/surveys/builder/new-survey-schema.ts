import { z } from "zod";
import { errorMessage } from "./error-message";
import { SURVEY_SLUG_MAX_LENGTH, SURVEY_SLUG_PATTERN } from "./ids";

/** A new survey: its title and address. The form and the create action share this schema. */
export const newSurveySchema = z.object({
  title: z
    .string({ error: errorMessage("required") })
    .trim()
    .min(1, { error: errorMessage("required") })
    .max(200, { error: errorMessage("tooLong", { max: 200 }) }),
  slug: z
    .string({ error: errorMessage("required") })
    .trim()
    .min(1, { error: errorMessage("required") })
    .max(SURVEY_SLUG_MAX_LENGTH, { error: errorMessage("tooLong", { max: SURVEY_SLUG_MAX_LENGTH }) })
    .regex(SURVEY_SLUG_PATTERN, { error: errorMessage("slugFormat") }),
});
export type NewSurveyInput = z.infer<typeof newSurveySchema>;
