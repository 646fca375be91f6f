import { describe, expect, it } from "vitest";
import { findPostcodes } from "./postcode";

const texts = (text: string) => findPostcodes(text).map((f) => f.text);

describe("findPostcodes", () => {
  it.each([
    ["Ik woon op 1234 AB 12.", "1234 AB 12"],
    ["Adres 1234AB 12a, achterom.", "1234AB 12a"],
    ["Wij wonen op 4901 AB, nr 5 sinds kort.", "4901 AB, nr 5"],
    ["Op 4901 AB huisnummer 5 is het onveilig.", "4901 AB huisnummer 5"],
    ["Postcode 4909 ZT heeft veel armoede.", "4909 ZT"],
    ["Postcode 4901ab graag.", "4901ab"],
    ["Wij wonen op 4901 ab 12 en daar is het onveilig.", "4901 ab 12"],
    ["Ik woon sinds kort op 4904 LM 7-B.", "4904 LM 7-B"],
    ["Wij wonen op 4901AB12, de bovenste bel.", "4901AB12"],
  ])("finds the postcode in %j", (text, expected) => {
    expect(texts(text)).toEqual([expected]);
  });

  it.each([
    "In 2024 EU-geld gekregen.",
    "Het kostte 1250 EUR.",
    "Tussen 2015 en 2024 gingen 3 buurthuizen dicht.",
    "In 2024 en 2025 wordt er bezuinigd.",
    "Huisnummer 14 en 16 staan leeg.",
    "Er waren 4000 SS-ers.",
    "Ik heb 0123 AB nooit gezien.",
  ])("finds nothing in %j", (text) => {
    expect(findPostcodes(text)).toEqual([]);
  });
});
