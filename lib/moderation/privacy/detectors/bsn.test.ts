import { describe, expect, it } from "vitest";
import { findBsns, passesElevenTest } from "./bsn";

const texts = (text: string) => findBsns(text).map((f) => f.text);

describe("passesElevenTest", () => {
  it.each(["111222333", "123456782", "012345672"])("accepts %s", (bsn) => {
    expect(passesElevenTest(bsn)).toBe(true);
  });

  it.each(["123456789", "111222334", "000000000", "12345678", "1234567890"])("rejects %s", (bsn) => {
    expect(passesElevenTest(bsn)).toBe(false);
  });

  it("computes the weighted sum with −1 for the last digit", () => {
    // 9·1 + 8·2 + 7·3 + 6·4 + 5·5 + 4·6 + 3·7 + 2·8 − 1·2 = 154 = 14 · 11
    expect(passesElevenTest("123456782")).toBe(true);
  });
});

describe("findBsns", () => {
  it.each([
    ["Mijn BSN is 123456782.", "123456782"],
    ["BSN: 123.456.782", "123.456.782"],
    ["nummer 111 222 333 graag", "111 222 333"],
    ["sofinummer 1234.56.782", "1234.56.782"],
    ["BSN-nummer (1234 56 782) doorgegeven", "1234 56 782"],
    ["Mijn bsn is 12345672, met een nul ervoor", "12345672"],
  ])("finds the BSN in %j", (text, expected) => {
    expect(texts(text)).toEqual([expected]);
  });

  it.each([
    "Mijn pasnummer 123456789 werkt niet.",
    "Er kwamen 12345672 bezoekers.",
    "Het Rijk gaf 111.222.333 euro extra.",
    "Bel 0111222333 voor informatie.",
    "Zaak 1112223330 is gesloten.",
    "Het kost € 111.222.333 per jaar.",
  ])("finds nothing in %j", (text) => {
    expect(findBsns(text)).toEqual([]);
  });
});
