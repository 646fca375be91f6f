// Pages 5–7: participation in the neighbourhood, Positieve Gezondheid, closing questions.
import type { SurveyDefinitionInput } from "@/lib/surveys/definition/schema";
import { AGREE_SCALE } from "./scales";

/** One 0–10 rating per dimension of Positieve Gezondheid (Machteld Huber's model). */
function positiveHealthQuestion(id: string, text: string, help: string) {
  return {
    id: `positieve-gezondheid-${id}`,
    type: "rating" as const,
    text,
    help,
    minLabel: "0 = heel slecht",
    maxLabel: "10 = heel goed",
  };
}

type PageInput = SurveyDefinitionInput["pages"][number];

export const meedoenPage: PageInput = {
  id: "meedoen",
  title: "Meedoen in uw buurt",
  intro:
    "De gemeente wil dat iedereen kan meedoen en dat mensen in de wijk naar elkaar omkijken. " +
    "Daarover gaan de volgende vragen.",
  questions: [
    {
      id: "stellingen-buurt",
      type: "likert",
      text: "In hoeverre bent u het eens met deze uitspraken over uw buurt?",
      statements: [
        { id: "thuis-voelen", text: "Ik voel me thuis in mijn buurt." },
        { id: "elkaar-helpen", text: "Mensen in mijn buurt helpen elkaar." },
        { id: "aankloppen", text: "Als ik hulp nodig heb, kan ik bij iemand in mijn buurt aankloppen." },
        { id: "ontmoeten", text: "In mijn buurt is genoeg te doen om andere mensen te ontmoeten." },
        {
          id: "welzijnswerk-bekend",
          text: "Ik weet waar ik het buurthuis of de welzijnswerker kan vinden.",
        },
      ],
      scale: AGREE_SCALE,
      dontKnow: true,
    },
    {
      id: "vrijwilligerswerk",
      type: "single_choice",
      text: "Doet u vrijwilligerswerk?",
      options: [
        { value: "regelmatig", label: "Ja, regelmatig" },
        { value: "af-en-toe", label: "Ja, af en toe" },
        { value: "nee-wil-wel", label: "Nee, maar ik zou het wel willen" },
        { value: "nee", label: "Nee" },
      ],
    },
    {
      id: "vrijwilligerswerk-uren",
      type: "number",
      text: "Hoeveel uur per maand doet u ongeveer vrijwilligerswerk?",
      visibleIf: {
        question: "vrijwilligerswerk",
        operator: "any_of",
        value: ["regelmatig", "af-en-toe"],
      },
      min: 0,
      max: 300,
      integer: true,
      unit: "uur per maand",
    },
    {
      id: "mantelzorg-zwaarte",
      type: "single_choice",
      text: "U zorgt voor een naaste. Hoe zwaar is dat voor u?",
      visibleIf: { question: "dagelijkse-bezigheid", operator: "any_of", value: ["mantelzorg"] },
      options: [
        { value: "niet-zwaar", label: "Niet zwaar" },
        { value: "soms-zwaar", label: "Soms zwaar" },
        { value: "vaak-zwaar", label: "Vaak zwaar" },
        { value: "te-zwaar", label: "Te zwaar, ik kan het bijna niet meer aan" },
      ],
      dontKnow: true,
    },
    {
      id: "activiteiten-wijk",
      type: "multiple_choice",
      text: "Waar doet u aan mee in uw wijk of dorp? U mag meer antwoorden kiezen.",
      options: [
        { value: "buurthuis", label: "Activiteiten in het buurthuis" },
        { value: "sport", label: "Sport of bewegen" },
        { value: "vereniging", label: "Een club of vereniging" },
        { value: "inloop", label: "Een inloop of dagbesteding in de wijk" },
        { value: "geloof", label: "Kerk, moskee of andere geloofsgemeenschap" },
        { value: "buurtactiviteit", label: "Buurtfeest, opruimactie of buurtapp" },
        { value: "taal", label: "Taalcafé of samen leren" },
        { value: "geen", label: "Ik doe nergens aan mee" },
      ],
      other: true,
    },
    {
      id: "mist-in-wijk",
      type: "short_text",
      text: "Wat mist u in uw buurt om andere mensen te ontmoeten?",
      maxLength: 200,
    },
  ],
};

export const positieveGezondheidPage: PageInput = {
  id: "positieve-gezondheid",
  title: "Hoe gaat het met u?",
  block: "positive_health",
  intro:
    "Gezondheid is meer dan niet ziek zijn. Het gaat ook over hoe u zich voelt, wat u belangrijk " +
    "vindt en hoe u meedoet. Dit heet Positieve Gezondheid. Geef bij elke vraag een cijfer van 0 tot " +
    "10. Dit is geen test en er zijn geen goede of foute antwoorden. Het is een hulpmiddel om een " +
    "gesprek te beginnen: over wat goed gaat en wat u anders zou willen.",
  questions: [
    positiveHealthQuestion(
      "lichaamsfuncties",
      "Hoe gaat het met uw lichaam?",
      "Denk aan: u gezond voelen, fit zijn, goed slapen, eten, bewegen en pijn.",
    ),
    positiveHealthQuestion(
      "mentaal",
      "Hoe gaat het met u in uw hoofd?",
      "Denk aan: vrolijk zijn, dingen onthouden, omgaan met spanning en verandering, grip op uw leven.",
    ),
    positiveHealthQuestion(
      "zingeving",
      "Hoe zinvol vindt u uw leven?",
      "Denk aan: doelen en idealen hebben, vertrouwen in de toekomst, dankbaar zijn, blijven leren.",
    ),
    positiveHealthQuestion(
      "kwaliteit-van-leven",
      "Hoe tevreden bent u met uw leven?",
      "Denk aan: genieten, gelukkig zijn, je goed voelen, een goede plek om te wonen, genoeg geld.",
    ),
    positiveHealthQuestion(
      "meedoen",
      "Hoe goed kunt u meedoen?",
      "Denk aan: contact met andere mensen, ergens bij horen, zinvol werk of vrijwilligerswerk, " +
        "steun van anderen.",
    ),
    positiveHealthQuestion(
      "dagelijks",
      "Hoe gaat het met dagelijkse dingen?",
      "Denk aan: voor uzelf zorgen, weten wat u wel en niet kunt, omgaan met geld, werken, hulp vragen.",
    ),
  ],
};

export const totSlotPage: PageInput = {
  id: "tot-slot",
  title: "Tot slot",
  questions: [
    {
      id: "rapportcijfer-hulp-oosterhout",
      type: "rating",
      text: "Welk cijfer geeft u de hulp en ondersteuning in Oosterhout in het algemeen?",
      minLabel: "0 = heel slecht",
      maxLabel: "10 = heel goed",
    },
    {
      id: "tips-gemeente",
      type: "long_text",
      text: "Heeft u nog tips of ideeën voor de gemeente over hulp, welzijn en meedoen in Oosterhout?",
      help: "Schrijf geen namen, adressen of telefoonnummers. Wij kunnen uw tekst gebruiken als citaat, zonder dat iemand u herkent.",
      maxLength: 2000,
    },
  ],
};
