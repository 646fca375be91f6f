// Pages 1–2: who answers, and how residents see the problems in the social domain.
import type { SurveyDefinitionInput } from "@/lib/surveys/definition/schema";
import { AGREE_SCALE } from "./scales";

type PageInput = SurveyDefinitionInput["pages"][number];

export const overUPage: PageInput = {
  id: "over-u",
  title: "Over u",
  intro: "Eerst een paar vragen over uzelf. Zo kunnen wij zien of de antwoorden verschillen per groep.",
  questions: [
    {
      id: "wijk",
      type: "dropdown",
      text: "In welke wijk of in welk dorp woont u?",
      // A simple list for the demo, not the official CBS district map: the municipality
      // replaces it with its own districts.
      options: [
        { value: "centrum", label: "Centrum" },
        { value: "zuiderhout", label: "Zuiderhout" },
        { value: "arkendonk", label: "Arkendonk" },
        { value: "oosterheide", label: "Oosterheide" },
        { value: "dommelbergen", label: "Dommelbergen" },
        { value: "vrachelen", label: "Vrachelen" },
        { value: "slotjes", label: "Slotjes" },
        { value: "strijen", label: "Strijen" },
        { value: "den-hout", label: "Den Hout" },
        { value: "oosteind", label: "Oosteind" },
        { value: "dorst", label: "Dorst" },
        { value: "overig", label: "Buitengebied of een andere buurt" },
      ],
    },
    {
      id: "leeftijd",
      type: "number",
      text: "Hoe oud bent u?",
      min: 12,
      max: 110,
      integer: true,
      unit: "jaar",
    },
    {
      id: "huishouden",
      type: "single_choice",
      text: "Hoe woont u?",
      options: [
        { value: "alleen", label: "Alleen" },
        { value: "samen-zonder-kinderen", label: "Samen met partner, zonder kinderen thuis" },
        { value: "samen-met-kinderen", label: "Samen met partner en kinderen" },
        { value: "alleenstaande-ouder", label: "Alleen met mijn kinderen" },
        { value: "bij-ouders", label: "Bij mijn ouders" },
      ],
      other: true,
    },
    {
      id: "dagelijkse-bezigheid",
      type: "multiple_choice",
      text: "Wat doet u op een gewone dag? U mag meer antwoorden kiezen.",
      options: [
        { value: "betaald-werk", label: "Betaald werk" },
        { value: "school", label: "School of studie" },
        { value: "vrijwilligerswerk", label: "Vrijwilligerswerk" },
        { value: "mantelzorg", label: "Zorgen voor een naaste (mantelzorg)" },
        { value: "werk-zoeken", label: "Werk zoeken" },
        { value: "niet-kunnen-werken", label: "Ik kan niet werken door ziekte of een beperking" },
        { value: "pensioen", label: "Met pensioen" },
        { value: "huishouden", label: "Huishouden of zorgen voor kinderen" },
      ],
      other: true,
    },
  ],
};

export const problemenPage: PageInput = {
  id: "problemen",
  title: "Problemen in Oosterhout",
  intro:
    "Hoe kijkt u naar problemen waar inwoners mee te maken kunnen krijgen? Het gaat om uw mening. " +
    "U hoeft er niet zelf mee te maken te hebben.",
  questions: [
    {
      id: "stellingen-problemen",
      type: "likert",
      text: "In hoeverre bent u het eens met deze uitspraken?",
      statements: [
        { id: "geldzorgen", text: "Veel inwoners van Oosterhout hebben zorgen over geld of schulden." },
        { id: "eenzaamheid", text: "Veel inwoners van Oosterhout voelen zich eenzaam." },
        {
          id: "opvoeden",
          text: "Ouders weten waar ze terechtkunnen met vragen over opvoeden en opgroeien.",
        },
        { id: "werk", text: "Mensen die moeilijk werk vinden, krijgen genoeg steun." },
        {
          id: "thuis-wonen",
          text: "Ouderen en mensen met een beperking kunnen lang zelfstandig thuis blijven wonen.",
        },
        {
          id: "nieuwkomers",
          text: "Nieuwe inwoners uit het buitenland krijgen genoeg hulp om mee te doen.",
        },
      ],
      scale: AGREE_SCALE,
      dontKnow: true,
    },
    {
      id: "grootste-problemen",
      type: "multiple_choice",
      text: "Welke problemen zijn volgens u het grootst in Oosterhout? Kies er hooguit 3.",
      options: [
        { value: "geldzorgen", label: "Geldzorgen en schulden" },
        { value: "eenzaamheid", label: "Eenzaamheid" },
        { value: "opvoeden", label: "Problemen bij opvoeden en opgroeien" },
        { value: "werk", label: "Geen werk kunnen vinden" },
        { value: "zorg-ouderen", label: "Te weinig zorg voor ouderen" },
        { value: "psychisch", label: "Psychische problemen" },
        { value: "verslaving", label: "Verslaving" },
        { value: "taal", label: "Moeite met de Nederlandse taal" },
        { value: "wachttijden", label: "Lang wachten op hulp" },
      ],
      maxSelected: 3,
      other: true,
      dontKnow: true,
    },
    {
      id: "zelf-meegemaakt",
      type: "single_choice",
      text: "Had u of iemand in uw huis het afgelopen jaar zelf met zo'n probleem te maken?",
      options: [
        { value: "ja", label: "Ja" },
        { value: "nee", label: "Nee" },
        { value: "zeg-ik-liever-niet", label: "Dat zeg ik liever niet" },
      ],
    },
  ],
};
