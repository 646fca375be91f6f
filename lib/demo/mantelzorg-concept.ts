import type { SurveyDefinitionInput } from "@/lib/surveys/definition/schema";

/** Demo survey in status `concept`: a short draft, so staff see a survey that is still being written. */
export const MANTELZORG_SLUG = "mantelzorg-2026";

export const mantelzorgDefinition: SurveyDefinitionInput = {
  format: 1,
  title: "Mantelzorg in Oosterhout (concept)",
  estimatedMinutes: 5,
  intro:
    "Zorgt u voor iemand in uw omgeving die ziek is, oud is of een beperking heeft? Dan bent u " +
    "mantelzorger. Wij willen weten hoe het met u gaat en welke steun u nodig heeft.",
  privacy:
    "Wij bewaren alleen uw antwoorden, zonder naam, adres of IP-adres. U doet anoniem mee. Alleen " +
    "onderzoekers en beleidsmedewerkers van de gemeente zien de losse antwoorden. Wij bewaren ze tot " +
    "24 maanden na het sluiten van de vragenlijst. Vragen? Bel 14 0162.",
  closing: "Dank u wel voor het invullen. U helpt ons de steun voor mantelzorgers beter te maken.",
  pages: [
    {
      id: "uw-zorg",
      title: "Uw zorg",
      questions: [
        {
          id: "zorgt-voor",
          type: "single_choice",
          text: "Voor wie zorgt u het meest?",
          required: true,
          options: [
            { value: "partner", label: "Mijn partner" },
            { value: "ouder", label: "Mijn vader of moeder" },
            { value: "kind", label: "Mijn kind" },
            { value: "ander", label: "Iemand anders in mijn familie of buurt" },
          ],
          other: true,
        },
        {
          id: "uren-per-week",
          type: "number",
          text: "Hoeveel uur per week zorgt u ongeveer?",
          min: 0,
          max: 168,
          unit: "uur per week",
        },
        {
          id: "zwaarte",
          type: "rating",
          text: "Hoe zwaar is de zorg voor u?",
          minLabel: "0 = helemaal niet zwaar",
          maxLabel: "10 = heel zwaar",
        },
      ],
    },
    {
      id: "steun",
      title: "Steun voor u",
      questions: [
        {
          id: "steun-gebruikt",
          type: "multiple_choice",
          text: "Welke steun gebruikt u? U mag meer antwoorden kiezen.",
          options: [
            { value: "familie", label: "Hulp van familie of vrienden" },
            { value: "steunpunt", label: "Steunpunt mantelzorg" },
            { value: "respijtzorg", label: "Vervangende zorg, zodat ik even vrij ben" },
            { value: "sociaal-wijkteam", label: "Sociaal Wijkteam" },
            { value: "geen", label: "Geen steun" },
          ],
          other: true,
          dontKnow: true,
        },
        {
          id: "steun-wens",
          type: "long_text",
          text: "Welke steun zou u helpen?",
          maxLength: 1000,
        },
      ],
    },
  ],
};
