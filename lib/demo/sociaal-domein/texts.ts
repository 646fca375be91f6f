// Start, privacy and closing texts of the demo survey, in Dutch at B1 level.

/** Shown on the start page. */
export const INTRO = [
  "Wat vindt u van hulp en ondersteuning in Oosterhout? Dat willen wij graag van u weten.",
  "De gemeente helpt inwoners op veel manieren. Bijvoorbeeld met hulp in het huishouden of een " +
    "hulpmiddel (Wmo), met hulp bij opvoeden en opgroeien (jeugdhulp), bij werk en inkomen " +
    "(Participatiewet), bij schulden (schuldhulpverlening) en bij inburgering. Samen noemen we dit " +
    "het sociaal domein.",
  "Wij willen weten hoe u naar problemen in Oosterhout kijkt. En waar u hulp zou zoeken als dat nodig " +
    "is: bij uzelf, bij familie, vrienden of buren, in de wijk of bij de gemeente. We vragen ook hoe " +
    "het met u gaat en hoe u meedoet in uw buurt.",
  // The time it takes is not repeated here: the start page shows estimatedMinutes.
  "De Adviesraad Sociaal Domein heeft meegedacht over deze vragenlijst. U doet anoniem mee. Er zijn " +
    "geen goede of foute antwoorden.",
].join("\n\n");

/** What is stored, who sees it, how long, AVG rights, contact: shown before the first question. */
export const PRIVACY = [
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
].join("\n\n");

/** Shown after the last page. */
export const CLOSING = [
  "Hartelijk dank voor het invullen!",
  "Wij verwerken de antwoorden van alle inwoners samen. De uitkomsten bespreken wij met de Adviesraad " +
    "Sociaal Domein en de gemeenteraad. U leest ze later op deze website.",
  "Heeft u nu zelf een vraag over zorg, geld, opvoeden of werk? Bel het Sociaal Wijkteam via " +
    "14 0162. Het Sociaal Wijkteam denkt met u mee, ook als u nog niet weet wat u nodig heeft.",
].join("\n\n");
