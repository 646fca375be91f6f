import { describe, expect, it } from "vitest";
import { findPersonalData } from "../index";
import { findNames } from "./names";

// Names overlap each other (a first name and "first name + surname"); the engine keeps the longest.
const names = (text: string) =>
  findPersonalData(text)
    .filter((f) => f.kind === "name")
    .map((f) => f.text);

describe("findNames", () => {
  it.each([
    ["Mijn buurvrouw Truus doet boodschappen.", ["Truus"]],
    ["Ik ben Henk, 74 jaar.", ["Henk"]],
    ["Ik heet Gijsbert en ben mantelzorger.", ["Gijsbert"]],
    ["Mijn naam is Fatima El Idrissi.", ["Fatima El Idrissi"]],
    ["De wijkcoach, Sanne van Dijk, kwam langs.", ["Sanne van Dijk"]],
    ["Gesprek met mevrouw de Vries van Thebe.", ["de Vries"]],
    ["Dhr. J. de Boer hielp mij.", ["J. de Boer"]],
    ["Huisarts Dr. Visser zegt dat ik moet bewegen.", ["Visser"]],
    ["Meneer Pietersen belt nooit terug.", ["Pietersen"]],
    ["Consulent Mirjam van het Sociaal Wijkteam is een engel.", ["Mirjam"]],
    ["Met vriendelijke groet, Marja", ["Marja"]],
    ["Tante Jo komt elke zondag.", ["Jo"]],
    ["mijn buurman piet is altijd dronken", ["piet"]],
    ["Piet Bakker en Anja Jansen zijn mijn buren.", ["Piet Bakker", "Anja Jansen"]],
    ["Ook Bakker van de woningcorporatie weet het niet.", ["Bakker"]],
    ["De brief was van A.B. Kuijpers.", ["A.B. Kuijpers"]],
    ["Groot probleem: De Jong en De Wit hebben ruzie.", ["De Jong", "De Wit"]],
    ["Mijn buurvrouw, mevrouw Van Leeuwen, is gevallen.", ["Van Leeuwen"]],
    ["Sinds Willem is overleden zit ik alleen.", ["Willem"]],
    ["Wie is mevrouw Dekker-van Leeuwen eigenlijk?", ["Dekker-van Leeuwen"]],
    ["Mevrouw Jansen-de Vries belde.", ["Jansen-de Vries"]],
    ["De Wmo-consulent (Marieke) was duidelijk.", ["Marieke"]],
    ["Mijn collega's Anke en Joyce springen bij.", ["Anke", "Joyce"]],
    ["Mijn ex, Ricardo, betaalt niet.", ["Ricardo"]],
    ["Groet, Fam. Janssens", ["Janssens"]],
    ["Groeten,\nPiet\nJansen en ik", ["Piet", "Jansen"]],
  ])("finds the names in %j", (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    "Het Sociaal Wijkteam en de WMO-consulent van Surplus deden niets.",
    "Ik woon in Den Bosch en werk in Breda.",
    "In Dorst, Oosteind en Den Hout rijdt geen bus.",
    "Thebe, GGD, Zorgbelang en Amarant werken samen.",
    "Op Maandag en in Maart is het druk.",
    "Ben je wel eens eenzaam? Wil je meedoen?",
    "Roos en tulpen planten we samen.",
    "Bakker zijn is zwaar werk. Visser ook.",
    "Ik ben Oosterhouter in hart en nieren.",
    "Ik ben Marokkaans en spreek slecht Nederlands.",
    "Mevrouw van het wijkteam was vriendelijk.",
    "De consulent van Surplus hielp mij.",
    "De bibliotheek aan de Heuvel gaat dicht.",
    "In de Willem de Zwijgerstraat wordt te hard gereden.",
    "Jong en oud moeten meer samen doen.",
    "Sint Maarten lopen de kinderen hier niet meer.",
    "Koning Willem-Alexander kwam op bezoek.",
  ])("finds no name in %j", (text) => {
    expect(findNames(text)).toEqual([]);
  });
});
