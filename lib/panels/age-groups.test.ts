import { describe, expect, it } from "vitest";
import { AGE_GROUPS, ageGroupFor, ageInYear } from "./age-groups";

const at = new Date("2026-06-01T12:00:00Z");

describe("age groups", () => {
  it("counts the age reached this calendar year", () => {
    expect(ageInYear(2000, at)).toBe(26);
  });

  it("puts each boundary age in the group it opens", () => {
    expect(ageGroupFor(2014, at)).toBe("12-17");
    expect(ageGroupFor(2009, at)).toBe("12-17");
    expect(ageGroupFor(2008, at)).toBe("18-34");
    expect(ageGroupFor(1992, at)).toBe("18-34");
    expect(ageGroupFor(1991, at)).toBe("35-49");
    expect(ageGroupFor(1977, at)).toBe("35-49");
    expect(ageGroupFor(1976, at)).toBe("50-64");
    expect(ageGroupFor(1961, at)).toBe("65-79");
    expect(ageGroupFor(1946, at)).toBe("80+");
    expect(ageGroupFor(1920, at)).toBe("80+");
  });

  it("has no group below 12", () => {
    expect(ageGroupFor(2015, at)).toBeNull();
  });

  it("lists the groups youngest first", () => {
    expect(AGE_GROUPS[0]).toBe("12-17");
    expect(AGE_GROUPS.at(-1)).toBe("80+");
  });
});
