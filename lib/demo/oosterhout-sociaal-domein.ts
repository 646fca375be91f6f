import type { SurveyDefinitionInput } from "@/lib/surveys/definition/schema";
import { ervaringHulpPage, hulpZoekenPage } from "./sociaal-domein/pages-hulp";
import {
  meedoenPage,
  positieveGezondheidPage,
  totSlotPage,
} from "./sociaal-domein/pages-meedoen-en-gezondheid";
import { overUPage, problemenPage } from "./sociaal-domein/pages-over-u-en-problemen";
import { CLOSING, INTRO, PRIVACY } from "./sociaal-domein/texts";

/**
 * Demo survey: Oosterhout's enquête on the social domain, written from the council proposal
 * "Visie op het sociaal domein" (how residents see the problems, where they would look for
 * solutions, welfare and participation, Positieve Gezondheid). Demo content: the municipality
 * replaces it with its own questionnaire.
 */
export const SOCIAAL_DOMEIN_SLUG = "sociaal-domein-2026";

export const sociaalDomeinDefinition: SurveyDefinitionInput = {
  format: 1,
  title: "Sociaal domein Oosterhout 2026",
  estimatedMinutes: 12,
  intro: INTRO,
  privacy: PRIVACY,
  closing: CLOSING,
  pages: [
    overUPage,
    problemenPage,
    hulpZoekenPage,
    ervaringHulpPage,
    meedoenPage,
    positieveGezondheidPage,
    totSlotPage,
  ],
};
