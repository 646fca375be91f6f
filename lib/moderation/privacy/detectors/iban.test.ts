import { describe, expect, it } from "vitest";
import { findIbans, hasValidIbanChecksum } from "./iban";

const texts = (text: string) => findIbans(text).map((f) => f.text);

describe("hasValidIbanChecksum", () => {
  // NL91ABNA0417164300 is the example in the Dutch banks' IBAN documentation; the others were
  // computed with ISO 13616 (98 − (BBAN + country + "00") mod 97) and checked by hand.
  it.each(["NL91ABNA0417164300", "NL02ABNA0123456789", "BE68539007547034", "DE89370400440532013000"])(
    "accepts %s",
    (iban) => {
      expect(hasValidIbanChecksum(iban)).toBe(true);
    },
  );

  it.each(["NL92ABNA0417164300", "NL91ABNA0417164301", "NL91ABNA041716430", "BE68539007547035"])(
    "rejects %s",
    (iban) => {
      expect(hasValidIbanChecksum(iban)).toBe(false);
    },
  );
});

describe("findIbans", () => {
  it.each([
    ["Rekening NL91ABNA0417164300 graag.", "NL91ABNA0417164300"],
    ["Stort op NL91 ABNA 0417 1643 00 ten name van mij.", "NL91 ABNA 0417 1643 00"],
    ["mijn rekening nl91abna0417164300", "nl91abna0417164300"],
    ["België: BE68 5390 0754 7034.", "BE68 5390 0754 7034"],
    ["Mijn bankrekening NL 91 ABNA 0417 1643 00", "NL 91 ABNA 0417 1643 00"],
    ["Duitsland DE89370400440532013000", "DE89370400440532013000"],
  ])("finds the IBAN in %j", (text, expected) => {
    expect(texts(text)).toEqual([expected]);
  });

  it("finds two IBANs next to each other", () => {
    expect(texts("NL91ABNA0417164300 en NL02 ABNA 0123 4567 89")).toEqual([
      "NL91ABNA0417164300",
      "NL02 ABNA 0123 4567 89",
    ]);
  });

  it.each([
    "Rekening NL92ABNA0417164300 klopt niet.",
    "Het formulier WMO2024ABCDEFGHIJK is kwijt.",
    "NL91ABNA041716430 mist een cijfer.",
    "Joop is 91 en staat nog elke dag voor het raam te zwaaien.",
    "Wij wonen op 4901 ab 12 en daar is het onveilig.",
  ])("finds nothing in %j", (text) => {
    expect(findIbans(text)).toEqual([]);
  });
});
