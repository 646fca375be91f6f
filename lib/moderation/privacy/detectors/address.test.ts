import { describe, expect, it } from "vitest";
import { findAddresses } from "./address";

const texts = (text: string) => findAddresses(text).map((f) => f.text);

describe("findAddresses", () => {
  it.each([
    ["Ik woon op Kerkstraat 12.", "Kerkstraat 12"],
    ["Kom langs op Markt 3-5, boven de winkel.", "Markt 3-5"],
    ["Wonend aan de Nieuwstraat 4 sinds 1975.", "Nieuwstraat 4"],
    ["Mijn moeder woont op de Prins Bernhardlaan 22a.", "Prins Bernhardlaan 22a"],
    ["Het is de Jan van Galenstraat 7.", "Jan van Galenstraat 7"],
    ["Stuur het naar Burgemeester de Bruijnlaan 8.", "Burgemeester de Bruijnlaan 8"],
    ["Adres Oosterhoutseweg 110, ver van de bus.", "Oosterhoutseweg 110"],
    ["Wij wonen aan het Wilhelminaplein 3.", "Wilhelminaplein 3"],
    ["Ik woon op de Hoge Ham 14 en er is geen stoep.", "Hoge Ham 14"],
    ["Ons huis aan de Slotlaan 2-14 is oud.", "Slotlaan 2-14"],
    ["Mijn adres is Kerkstr. 12, naast de bakker.", "Kerkstr. 12"],
  ])("finds the address in %j", (text, expected) => {
    expect(texts(text)).toContain(expected);
  });

  it.each([
    "De Kerkstraat is te smal voor een scootmobiel.",
    "Op de Markt is het op zaterdag gezellig.",
    "Vergadering 12 maart in het gemeentehuis.",
    "Het Zomerkamp 2024 was leuk.",
    "Ik woon al 40 jaar in Oosterhout.",
    "Ik woon op de Markt 30 jaar al.",
    "Bus 1234 en lijn 127 rijden niet.",
    "Artikel 3 van de Wmo.",
  ])("finds nothing in %j", (text) => {
    expect(findAddresses(text)).toEqual([]);
  });
});
