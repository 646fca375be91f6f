import type { SurveyDefinitionInput } from "@/lib/surveys/definition/schema";
import { ervaringHulpPage, hulpZoekenPage } from "./sociaal-domein/pages-hulp";
import {
  meedoenPage,
  positieveGezondheidPage,
  totSlotPage,
} from "./sociaal-domein/pages-meedoen-en-gezondheid";
import { overUPage, problemenPage } from "./sociaal-domein/pages-over-u-en-problemen";
import { CLOSING, INTRO, PRIVACY } from "./sociaal-domein/texts";
import ar from "./sociaal-domein/translations/ar.json";
import en from "./sociaal-domein/translations/en.json";
import pl from "./sociaal-domein/translations/pl.json";
import tr from "./sociaal-domein/translations/tr.json";

/**
 * Demo survey: Oosterhout's enquête on the social domain, written from the council proposal
 * "Visie op het sociaal domein" (how residents see the problems, where they would look for
 * solutions, welfare and participation, Positieve Gezondheid). Demo content: the municipality
 * replaces it with its own questionnaire.
 *
 * The translations (English, Polish, Arabic, Turkish) are demo translations written by the
 * project, not machine output: flat keys as translationKeys lists them (the test beside this file
 * keeps them complete, so a changed Dutch text without its translations fails).
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
  translations: { en, pl, ar, tr },
};
