import { describe, expect, it } from "vitest";
import { dutchDay, everyDay, foldHoursIntoDays, HOUR_MS } from "./fieldwork-days";

const hourOf = (iso: string) => Math.floor(Date.parse(iso) / HOUR_MS);

describe("fieldwork days in Dutch time", () => {
  it("counts a summer night's half past midnight for the Dutch day, not the UTC day before", () => {
    expect(dutchDay(Date.parse("2026-06-02T22:30:00Z"))).toBe("2026-06-03");
    expect(dutchDay(Date.parse("2026-01-02T22:30:00Z"))).toBe("2026-01-02");
  });

  it("folds hours into days and lists the days between with 0", () => {
    const byDay = foldHoursIntoDays([
      { hour: hourOf("2026-06-01T10:00:00Z"), n: 2 },
      { hour: hourOf("2026-06-01T21:00:00Z"), n: 1 },
      { hour: hourOf("2026-06-01T22:00:00Z"), n: 4 },
      { hour: hourOf("2026-06-04T09:00:00Z"), n: 1 },
    ]);
    expect(everyDay(byDay)).toEqual([
      { day: "2026-06-01", completed: 3 },
      { day: "2026-06-02", completed: 4 },
      { day: "2026-06-03", completed: 0 },
      { day: "2026-06-04", completed: 1 },
    ]);
    expect(everyDay(new Map())).toEqual([]);
  });
});
