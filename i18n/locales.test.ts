import { describe, expect, it } from "vitest";
import { FORMAT_LOCALES, isJourneyPath, localeDirection, localesForPath, pageLocale } from "./locales";

describe("locales", () => {
  it("writes Arabic right to left and the others left to right", () => {
    expect(localeDirection("ar")).toBe("rtl");
    for (const locale of ["nl", "en", "tr", "pl"] as const) expect(localeDirection(locale)).toBe("ltr");
  });

  it("counts the home page and the survey pages as the resident's journey", () => {
    expect(isJourneyPath("/")).toBe(true);
    expect(isJourneyPath("/s/buurt/vraag/p1")).toBe(true);
    expect(isJourneyPath("/samen")).toBe(false);
    expect(isJourneyPath("/privacy")).toBe(false);
    expect(localesForPath("/s/buurt")).toEqual(["nl", "en", "ar", "tr", "pl"]);
    expect(localesForPath("/beheer")).toEqual(["nl", "en"]);
  });

  it("shows a page in Dutch where the chosen language does not cover it", () => {
    expect(pageLocale("pl", "/s/buurt")).toBe("pl");
    expect(pageLocale("pl", "/privacy")).toBe("nl");
    expect(pageLocale("en", "/privacy")).toBe("en");
    expect(pageLocale("ar", "/")).toBe("ar");
  });

  it("writes English dates the British way: day before month, 24-hour clock", () => {
    const moment = new Date("2026-12-08T13:30:00Z");
    const format = (locale: string) =>
      new Intl.DateTimeFormat(locale, {
        dateStyle: "long",
        timeStyle: "short",
        timeZone: "Europe/Amsterdam",
      }).format(moment);
    expect(format(FORMAT_LOCALES.en)).toMatch(/^8 December 2026.*14:30$/);
    expect(format(FORMAT_LOCALES.nl)).toMatch(/^8 december 2026.*14:30$/);
  });
});
