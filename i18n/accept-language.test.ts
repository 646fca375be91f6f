import { describe, expect, it } from "vitest";
import { parseAcceptLanguage, proposedLocale } from "./accept-language";
import { INTERFACE_LOCALES, LOCALES } from "./locales";

describe("parseAcceptLanguage", () => {
  it("orders the ranges by weight, keeping the sender's order among equals", () => {
    expect(parseAcceptLanguage("de;q=0.5, pl-PL, en;q=0.9, fr")).toEqual([
      { tag: "pl-pl", q: 1 },
      { tag: "fr", q: 1 },
      { tag: "en", q: 0.9 },
      { tag: "de", q: 0.5 },
    ]);
  });

  it("drops ranges that are not wanted or not well formed", () => {
    expect(parseAcceptLanguage("en;q=0, pl;q=2, tr;q=abc, ar;q=0.8, <script>, ")).toEqual([
      { tag: "ar", q: 0.8 },
    ]);
    expect(parseAcceptLanguage("")).toEqual([]);
    expect(parseAcceptLanguage(null)).toEqual([]);
  });

  it("reads spaces around the weight", () => {
    expect(parseAcceptLanguage("en ; q = 0.7")).toEqual([{ tag: "en", q: 0.7 }]);
  });
});

describe("proposedLocale", () => {
  it("proposes the best supported language when it is not Dutch", () => {
    expect(proposedLocale("pl-PL,pl;q=0.9,en;q=0.8", LOCALES)).toBe("pl");
    expect(proposedLocale("de-DE, en-GB;q=0.8, nl;q=0.5", LOCALES)).toBe("en");
    expect(proposedLocale("ar-SY", LOCALES)).toBe("ar");
  });

  it("proposes nothing when Dutch comes first, or nothing matches", () => {
    expect(proposedLocale("nl-NL, en;q=0.9", LOCALES)).toBeNull();
    expect(proposedLocale("en;q=0.5, nl;q=0.8", LOCALES)).toBeNull();
    expect(proposedLocale("de, fr", LOCALES)).toBeNull();
    expect(proposedLocale("*", LOCALES)).toBeNull();
    expect(proposedLocale(undefined, LOCALES)).toBeNull();
  });

  it("proposes only a language the page is written in", () => {
    expect(proposedLocale("pl, en;q=0.5", INTERFACE_LOCALES)).toBe("en");
    expect(proposedLocale("tr", INTERFACE_LOCALES)).toBeNull();
  });

  it("does not let a weight of 0 propose a language", () => {
    expect(proposedLocale("pl;q=0, nl;q=0.1", LOCALES)).toBeNull();
  });
});
