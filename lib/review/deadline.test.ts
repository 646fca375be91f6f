import { describe, expect, it } from "vitest";
import { dutchDate, endOfDutchDay, isAfterToday, isCalendarDate, isLate } from "./deadline";

describe("advice deadline", () => {
  it("accepts only real calendar dates written as YYYY-MM-DD", () => {
    expect(isCalendarDate("2026-03-12")).toBe(true);
    expect(isCalendarDate("2028-02-29")).toBe(true);
    for (const bad of ["2026-02-30", "2026-13-01", "12-03-2026", "2026-3-12", "", "morgen"]) {
      expect(isCalendarDate(bad), bad).toBe(false);
    }
  });

  it("holds until the last millisecond of the day in Dutch time, in winter and in summer", () => {
    // Winter: UTC+1, so 23:59:59.999 Dutch time is 22:59:59.999 UTC.
    expect(endOfDutchDay("2026-01-15").toISOString()).toBe("2026-01-15T22:59:59.999Z");
    // Summer: UTC+2.
    expect(endOfDutchDay("2026-07-01").toISOString()).toBe("2026-07-01T21:59:59.999Z");
    // The day the clocks go forward (29 March 2026) ends in summer time.
    expect(endOfDutchDay("2026-03-29").toISOString()).toBe("2026-03-29T21:59:59.999Z");
    // The day before, it ends in winter time.
    expect(endOfDutchDay("2026-03-28").toISOString()).toBe("2026-03-28T22:59:59.999Z");
    // The last day of a year rolls over correctly.
    expect(endOfDutchDay("2026-12-31").toISOString()).toBe("2026-12-31T22:59:59.999Z");
    expect(dutchDate(endOfDutchDay("2026-03-29"))).toBe("2026-03-29");
  });

  it("must lie after today in the Netherlands", () => {
    // 23:30 UTC on 1 July is already 2 July in the Netherlands.
    const now = new Date("2026-07-01T23:30:00Z");
    expect(isAfterToday("2026-07-02", now)).toBe(false);
    expect(isAfterToday("2026-07-03", now)).toBe(true);
    expect(isAfterToday("2026-06-30", now)).toBe(false);
    expect(isAfterToday("2026-07-32", now)).toBe(false);
  });

  it("counts advice as late only after the deadline has passed", () => {
    const deadline = endOfDutchDay("2026-03-12");
    expect(isLate(new Date("2026-03-12T22:59:00Z"), deadline)).toBe(false);
    expect(isLate(new Date(deadline.getTime()), deadline)).toBe(false);
    expect(isLate(new Date(deadline.getTime() + 1), deadline)).toBe(true);
  });
});
