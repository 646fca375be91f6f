import type { SurveyDefinitionInput } from "@/lib/survey/schema";

/**
 * Demo survey: Oosterhout's enquête on the social domain, written from the council proposal
 * "Visie op het sociaal domein" (how residents see the problems, where they would look for
 * solutions, welfare and participation, Positieve Gezondheid). Demo content: the municipality
 * replaces it with its own questionnaire.
 */
export const SOCIAAL_DOMEIN_SLUG = "sociaal-domein-2026";

const AGREE_SCALE = [
  { value: "1", label: "Helemaal mee oneens" },
  { value: "2", label: "Mee oneens" },
  { value: "3", label: "Niet eens, niet oneens" },
  { value: "4", label: "Mee eens" },
  { value: "5", label: "Helemaal mee eens" },
];

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

export const sociaalDomeinDefinition: SurveyDefinitionInput = {
  format: 1,
  title: "Sociaal domein Oosterhout 2026",
  estimatedMinutes: 12,
  intro: [
    "Wat vindt u van hulp en ondersteuning in Oosterhout? Dat willen wij graag van u weten.",
    "De gemeente helpt inwoners op veel manieren. Bijvoorbeeld met hulp in het huishouden of een " +
      "hulpmiddel (Wmo), met hulp bij opvoeden en opgroeien (jeugdhulp), bij werk en inkomen " +
      "(Participatiewet), bij schulden (schuldhulpverlening) en bij inburgering. Samen noemen we dit " +
      "het sociaal domein.",
    "Wij willen weten hoe u naar problemen in Oosterhout kijkt. En waar u hulp zou zoeken als dat nodig " +
      "is: bij uzelf, bij familie, vrienden of buren, in de wijk of bij de gemeente. We vragen ook hoe " +
      "het met u gaat en hoe u meedoet in uw buurt.",
    "De Adviesraad Sociaal Domein heeft meegedacht over deze vragenlijst. Het invullen duurt ongeveer " +
      "12 minuten. U doet anoniem mee. Er zijn geen goede of foute antwoorden.",
  ].join("\n\n"),
  privacy: [
    "Wat bewaren wij? Alleen uw antwoorden. Wij vragen niet naar uw naam, adres of e-mailadres. " +
      "Wij bewaren geen IP-adres en geen gegevens over uw computer of telefoon. Zo weten wij niet wie " +
      "welke antwoorden heeft gegeven.",
    "Sommige vragen gaan over uw gezondheid, geld of hulp. Dat zijn gevoelige gegevens. Daarom is " +
      "beantwoorden niet verplicht: u mag elke vraag overslaan. Schrijf in de open vragen liever geen " +
      "namen, adressen of telefoonnummers. Als u dat toch doet, halen wij die weg voordat wij iets uit " +
      "uw tekst openbaar maken.",
    "Wie ziet uw antwoorden? Alleen een paar onderzoekers en beleidsmedewerkers van de gemeente " +
      "Oosterhout. Iedereen anders, ook de Adviesraad Sociaal Domein en de gemeenteraad, ziet alleen de " +
      "uitkomsten van alle antwoorden samen. Groepen van minder dan 5 mensen laten wij niet zien.",
    "Hoe lang bewaren wij de antwoorden? Tot 24 maanden na het sluiten van de vragenlijst. Daarna " +
      "verwijderen wij de losse antwoorden. De uitkomsten (bijvoorbeeld percentages) blijven bestaan.",
    "Uw rechten: volgens de privacywet (AVG) mag u vragen welke gegevens wij van u hebben, en vragen om " +
      "die te verbeteren of te verwijderen. Omdat u anoniem meedoet, kunnen wij uw antwoorden na het " +
      "versturen niet meer aan u koppelen. Daarom kunnen wij ze dan niet meer laten zien of verwijderen.",
    "Vragen over privacy? Neem contact op met de functionaris gegevensbescherming van de gemeente " +
      "Oosterhout, via telefoonnummer 14 0162. Bent u het niet eens met hoe wij met uw gegevens omgaan? " +
      "Dan kunt u een klacht indienen bij de Autoriteit Persoonsgegevens.",
  ].join("\n\n"),
  closing: [
    "Hartelijk dank voor het invullen!",
    "Wij verwerken de antwoorden van alle inwoners samen. De uitkomsten bespreken wij met de Adviesraad " +
      "Sociaal Domein en de gemeenteraad. U leest ze later op deze website.",
    "Heeft u nu zelf een vraag over zorg, geld, opvoeden of werk? Bel het Sociaal Wijkteam via " +
      "14 0162. Het Sociaal Wijkteam denkt met u mee, ook als u nog niet weet wat u nodig heeft.",
  ].join("\n\n"),
  pages: [
    {
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
    },
    {
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
    },
    {
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
          required: true,
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
          text:
            "Stel: u heeft een probleem dat u niet alleen kunt oplossen. Waar gaat u dan als eerste naartoe? " +
            "Zet de antwoorden in volgorde. Bovenaan staat waar u als eerste naartoe gaat.",
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
    },
    {
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
    },
    {
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
    },
    {
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
    },
    {
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
    },
  ],
};
