import { describe, expect, it } from "vitest";
import { findBirthdates } from "./birthdate";

const texts = (text: string) => findBirthdates(text).map((f) => f.text);

describe("findBirthdates", () => {
  it.each([
    ["Ik ben geboren op 12-03-1954 in Breda.", "12-03-1954"],
    ["Mijn moeder, geb. 3 maart 1960, woont alleen.", "3 maart 1960"],
    ["Geboortedatum: 1-1-1980", "1-1-1980"],
    ["geboortedatum 21/06/1962", "21/06/1962"],
    ["Mijn geboortedatum is 1958-05-30.", "1958-05-30"],
    ["Vader geb. 12.3.54, heeft hulp nodig.", "12.3.54"],
    ["Ik ben jarig op 12 maart, kom langs!", "12 maart"],
    ["Mijn dochter (09-11-2008 geboren) heeft autisme.", "09-11-2008"],
    ["Ik ben van 4 april 1947.", "4 april 1947"],
    ["Zij is geboren 12 mrt. 1954 in Dorst.", "12 mrt. 1954"],
  ])("finds the date of birth in %j", (text, expected) => {
    expect(texts(text)).toEqual([expected]);
  });

  it.each([
    "De afspraak was op 12-03-2024 om 14.30 uur.",
    "Op 24 december 2023 hadden we een kerstdiner.",
    "Geboren en getogen in Oosterhout.",
    "Vorig jaar was ik jarig en niemand kwam.",
    "Mijn vrouw is op 3 mei 2021 overleden.",
    "Sinds 1 januari 1998 woon ik hier.",
    "Geboren in Breda. Op 12 maart 2024 verhuisde ik.",
    "Geboortedatum 31-13-1980 klopt niet.",
  ])("finds nothing in %j", (text) => {
    expect(findBirthdates(text)).toEqual([]);
  });
});
