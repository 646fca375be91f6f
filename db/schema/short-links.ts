import { createdAt, partOf, table, text, uniqueIndex } from "./kit";
import { surveys } from "./surveys";

/**
 * A survey's short link for posters and letters (`/k/<code>`): one readable code per survey, kept
 * so a printed code keeps working however the survey's slug or title reads. Typed by hand from
 * paper, so the code avoids letters people confuse (lib/surveys/short-code.ts).
 */
export const surveyShortLinks = table(
  "survey_short_links",
  {
    surveyId: partOf("survey_id", () => surveys.id).primaryKey(),
    code: text("code").notNull(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("survey_short_links_code_idx").on(t.code)],
);
