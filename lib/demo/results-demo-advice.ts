import type { Verdict } from "@/lib/review/types";

/*
 * The Adviesraad Sociaal Domein's advice on the 2025 edition of the social-domain survey, and the
 * municipality's response point by point: demo texts, written in the spirit of the council
 * proposal (../shared/seed/raadsvoorstel-visie-sociaal-domein.txt). Dates are the 2025 fieldwork.
 */

export const RESULTS_DEMO_ADVICE = {
  sharedAt: new Date("2025-03-03T09:00:00Z"),
  adviceDeadline: new Date("2025-03-24T17:00:00Z"),
  submittedAt: new Date("2025-03-20T15:30:00Z"),
  finalizedAt: new Date("2025-04-01T10:00:00Z"),
  roundClosedAt: new Date("2025-04-07T09:00:00Z"),
  opensAt: new Date("2025-04-14T07:00:00Z"),
  closesAt: new Date("2025-05-26T22:00:00Z"),
  introduction:
    "De Adviesraad Sociaal Domein waardeert dat de gemeente inwoners vraagt waar zij hulp zoeken en hoe " +
    "die hulp bevalt. De klankbordgroep heeft de vragenlijst ingevuld en besproken. Wij geven drie punten mee.",
  points: [
    {
      body:
        "Vraag niet alleen óf inwoners hulp kregen, maar ook of de hulp paste bij hun vraag en of zij daarna " +
        "beter zelf verder konden. Dat is waar de visie op het sociaal domein om draait.",
      questionIds: ["stellingen-hulp"],
      verdict: "overgenomen" as Verdict,
      explanation:
        "De stellingen 'De hulp paste bij mijn vraag' en 'Door de hulp kan ik nu beter zelf verder' zijn toegevoegd.",
    },
    {
      body:
        "Veel inwoners weten niet waar zij terechtkunnen. Vraag dat rechtstreeks, zodat de gemeente kan zien " +
        "in welke wijken de informatie over het Sociaal Wijkteam niet aankomt.",
      questionIds: ["weet-waar-terecht"],
      verdict: "deels_overgenomen" as Verdict,
      explanation:
        "De vraag is toegevoegd. Uitsplitsen per wijk doen we alleen waar genoeg inwoners antwoorden, " +
        "zodat niemand herkenbaar is in de uitkomsten.",
    },
    {
      body:
        "Bied de vragenlijst ook op papier aan in de bibliotheek en het gemeentehuis, voor inwoners die niet " +
        "digitaal meedoen.",
      questionIds: [],
      verdict: "niet_overgenomen" as Verdict,
      explanation:
        "Dit jaar niet: papieren lijsten voeren medewerkers in via de telefoonlijn van het Sociaal Wijkteam. " +
        "Bij de volgende peiling bekijken we of een papieren versie in de bibliotheek haalbaar is.",
    },
  ],
  responseIntroduction:
    "Het college dankt de Adviesraad voor het zorgvuldige advies. Hieronder staat per punt wat wij ermee hebben gedaan.",
  summary:
    "In het voorjaar van 2025 vulden inwoners van Oosterhout de peiling sociaal domein in, via de open link, " +
    "het Digipanel en de klankbordgroep. De meeste inwoners zoeken bij problemen eerst hulp bij hun eigen " +
    "netwerk; het Sociaal Wijkteam is nog niet overal bekend. Dit zijn demo-uitkomsten: de antwoorden zijn " +
    "gegenereerd voor de demonstratie.",
} as const;
