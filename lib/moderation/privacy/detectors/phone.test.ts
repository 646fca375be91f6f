import { describe, expect, it } from "vitest";
import { findPhoneNumbers } from "./phone";

const texts = (text: string) => findPhoneNumbers(text).map((f) => f.text);

describe("findPhoneNumbers", () => {
  it.each([
    ["06-12345678"],
    ["06 12 34 56 78"],
    ["0612345678"],
    ["06 - 123 456 78"],
    ["06.12.34.56.78"],
    ["06/12345678"],
    ["+31 6 12345678"],
    ["+31612345678"],
    ["+31 (0)6 12 34 56 78"],
    ["+31-6-1234-5678"],
    ["0031 6 12345678"],
    ["+32 470 12 34 56"],
    ["010-1234567"],
    ["010 - 123 45 67"],
    ["0162 123456"],
    ["(0162) 45 67 89"],
    ["076-5123456"],
    ["0800-1234"],
    ["0900 1234567"],
  ])("finds %s", (number) => {
    expect(texts(`Bel mij op ${number}, liefst 's avonds.`)).toEqual([number]);
  });

  it("leaves brackets around the whole number in the text", () => {
    expect(texts("Truus (06-12345678) woont hier.")).toEqual(["06-12345678"]);
    expect(texts("Bel (0162) 45 67 89.")).toEqual(["(0162) 45 67 89"]);
  });

  it("finds a number typed right after a colon", () => {
    expect(texts("Tel:0612345678")).toEqual(["0612345678"]);
  });

  it("stops at the number when more figures follow", () => {
    expect(texts("Bel 06-12345678 2 keer per dag")).toEqual(["06-12345678"]);
  });

  it.each([
    "Ik wacht al 14 weken op antwoord.",
    "Dat kost € 1.250,00 per jaar.",
    "Volgens artikel 3:50 Awb moest het binnen acht weken.",
    "Oosterhout heeft 1234567 bezoekers op de site gehad.",
    "Sinds 2024 rijdt lijn 127 niet meer, ook bus 1234 niet.",
    "Het spreekuur is van 09.00 - 17.00 uur.",
    "Geboren 01-01-1980 12 uur 's middags.",
    "Afspraak op 06-01-1980 12 uur.",
    "Het nummer van de gemeente is 14 0162.",
    "Tussen 0,5 en 1,5 procent.",
    "Een 0800-nummer staat nergens.",
    "Mijn BSN is 123456782.",
  ])("finds nothing in %j", (text) => {
    expect(findPhoneNumbers(text)).toEqual([]);
  });
});
