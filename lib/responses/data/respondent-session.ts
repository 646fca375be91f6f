import "server-only";
import { cache } from "react";
import { findResponseByToken, type OwnResponse } from "@/lib/responses/data/responses";
import { findSurveyForRespondent, type OpenSurvey } from "@/lib/surveys/data/public-surveys";
import { type RespondentKeys, readRespondentKeys } from "../respondent-cookie";

export type RespondentSession =
  | { kind: "active"; survey: OpenSurvey; response: OwnResponse; keys: RespondentKeys }
  | { kind: "none"; survey: OpenSurvey }
  | { kind: "closed" }
  | { kind: "unknown" };

/**
 * The survey in the URL and this browser's response to it. The response is looked up by the
 * cookie's token within that survey only, so a token never opens another survey's answers.
 */
export const loadRespondentSession = cache(async (slug: string): Promise<RespondentSession> => {
  const lookup = await findSurveyForRespondent(slug);
  if (lookup.state === "unknown") return { kind: "unknown" };
  if (lookup.state === "closed") return { kind: "closed" };
  const keys = await readRespondentKeys(lookup.survey.id);
  const response = keys ? await findResponseByToken(lookup.survey.id, keys.token) : null;
  if (!keys || !response) return { kind: "none", survey: lookup.survey };
  return { kind: "active", survey: lookup.survey, response, keys };
});
