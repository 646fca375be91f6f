// Pages 3–4: where residents look for help (eigen kracht, own network, voorliggend veld,
// Sociaal Wijkteam, gemeente), and how that help went.
import type { SurveyDefinitionInput } from "@/lib/surveys/definition/schema";
import { AGREE_SCALE } from "./scales";

type PageInput = SurveyDefinitionInput["pages"][number];

export const hulpZoekenPage: PageInput = {
  id: "hulp-zoeken",
  title: "Waar zoekt u hulp?",
  intro:
    "Soms lukt iets niet alleen. De gemeente wil dat inwoners dan eerst steun vinden dichtbij: bij " +
    "familie, vrienden en buren, of bij vrij toegankelijke hulp in de wijk, zoals het welzijnswerk of " +
    "het buurthuis. Daar heeft u geen verwijzing of aanvraag voor nodig.",
  questions: [
    {
      id: "hulp-gezocht",
      type: "single_choice",
      text: "Heeft u het afgelopen jaar hulp gezocht? Bijvoorbeeld bij zorg, opvoeden, werk, geld of meedoen.",
      options: [
        { value: "ja", label: "Ja" },
        { value: "nee-niet-nodig", label: "Nee, dat was niet nodig" },
        { value: "nee-wel-nodig", label: "Nee, maar ik had wel hulp nodig" },
      ],
    },
    {
      id: "hulp-bij-wie",
      type: "multiple_choice",
      text: "Bij wie heeft u hulp gezocht? U mag meer antwoorden kiezen.",
      visibleIf: { question: "hulp-gezocht", operator: "equals", value: "ja" },
      options: [
        { value: "familie", label: "Familie" },
        { value: "vrienden", label: "Vrienden of kennissen" },
        { value: "buren", label: "Buren" },
        { value: "welzijnswerk", label: "Welzijnswerk of buurthuis" },
        { value: "vrijwilligers", label: "Vrijwilligers, een vereniging, kerk of moskee" },
        { value: "huisarts", label: "Huisarts of praktijkondersteuner" },
        { value: "sociaal-wijkteam", label: "Sociaal Wijkteam" },
        { value: "gemeente", label: "Gemeente (loket of website)" },
      ],
      other: true,
      dontKnow: true,
    },
    {
      id: "waarom-geen-hulp",
      type: "multiple_choice",
      text: "Waarom heeft u geen hulp gezocht? U mag meer antwoorden kiezen.",
      visibleIf: { question: "hulp-gezocht", operator: "equals", value: "nee-wel-nodig" },
      options: [
        { value: "niet-weten-waar", label: "Ik wist niet waar ik moest zijn" },
        { value: "zelf-oplossen", label: "Ik wilde het zelf oplossen" },
        { value: "schaamte", label: "Ik schaamde me" },
        { value: "geen-vertrouwen", label: "Ik dacht dat het niet zou helpen" },
        { value: "wachttijd", label: "Het duurt te lang" },
        { value: "kosten", label: "Het kost te veel geld" },
      ],
      other: true,
      dontKnow: true,
    },
    {
      id: "eerste-hulp-volgorde",
      type: "ranking",
      text: "Stel: u heeft een probleem dat u niet alleen kunt oplossen. Waar gaat u dan als eerste naartoe?",
      help: "Zet de antwoorden in volgorde. Op plaats 1 staat waar u als eerste naartoe gaat.",
      options: [
        { value: "eigen-kracht", label: "Ik zoek zelf een oplossing, bijvoorbeeld op internet" },
        { value: "familie-vrienden", label: "Familie of vrienden" },
        { value: "buren", label: "Buren" },
        { value: "welzijnswerk", label: "Welzijnswerk, buurthuis of dagbesteding in de wijk" },
        { value: "sociaal-wijkteam", label: "Sociaal Wijkteam" },
        { value: "gemeente", label: "Gemeente" },
        { value: "huisarts", label: "Huisarts" },
      ],
    },
    {
      id: "weet-waar-terecht",
      type: "single_choice",
      text: "Weet u waar u in Oosterhout terechtkunt met een vraag over zorg, geld of opvoeden?",
      options: [
        { value: "ja", label: "Ja" },
        { value: "een-beetje", label: "Een beetje" },
        { value: "nee", label: "Nee" },
      ],
      dontKnow: true,
    },
  ],
};

export const ervaringHulpPage: PageInput = {
  id: "ervaring-hulp",
  title: "Uw ervaring met de hulp",
  intro: "U zocht het afgelopen jaar hulp. Hoe ging dat?",
  visibleIf: { question: "hulp-gezocht", operator: "equals", value: "ja" },
  questions: [
    {
      id: "hulp-cijfer",
      type: "rating",
      text: "Welk cijfer geeft u de hulp die u kreeg?",
      minLabel: "0 = heel slecht",
      maxLabel: "10 = heel goed",
    },
    {
      id: "stellingen-hulp",
      type: "likert",
      text: "In hoeverre bent u het eens met deze uitspraken over de hulp?",
      statements: [
        { id: "snel", text: "Ik kreeg snel hulp." },
        { id: "serieus", text: "Ik werd serieus genomen." },
        { id: "passend", text: "De hulp paste bij mijn vraag." },
        { id: "een-contactpersoon", text: "Ik had één vast contactpersoon." },
        { id: "zelf-verder", text: "Door de hulp kan ik nu beter zelf verder." },
      ],
      scale: AGREE_SCALE,
      dontKnow: true,
    },
    {
      id: "hulp-verbeterpunt",
      type: "short_text",
      text: "Wat kon er beter aan de hulp?",
      help: "Schrijf geen namen of andere gegevens waaraan iemand te herkennen is.",
      maxLength: 300,
    },
  ],
};
