import { describe, expect, it } from "vitest";
import { parseRouteId } from "./route-id";

describe("an id from a URL segment or query", () => {
  it("reads a positive whole number as written", () => {
    expect(parseRouteId("12")).toBe(12);
    expect(parseRouteId("999999999")).toBe(999_999_999);
  });

  it("refuses what is not exactly such a number, so one record has one address", () => {
    for (const value of ["0", "007", "-1", "1e3", "12a", " 12", "", "1234567890", "%31"])
      expect(parseRouteId(value), value).toBeNull();
    expect(parseRouteId(undefined)).toBeNull();
    expect(parseRouteId(["12"])).toBeNull();
  });
});
