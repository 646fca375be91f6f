import { describe, expect, it } from "vitest";
import { isPostcode, isPostcode4, normalizePostcode, postcode4 } from "./postcode";

describe("normalizePostcode", () => {
  it.each([
    ["4901 AB", "4901 AB"],
    ["4901ab", "4901 AB"],
    [" 4901 aB ", "4901 AB"],
    ["4911AA", "4911 AA"],
  ])("%j → %j", (input, expected) => {
    expect(normalizePostcode(input)).toBe(expected);
  });

  it.each([
    "",
    "4901",
    "0123 AB",
    "490 AB",
    "49011 AB",
    "4901 A",
    "4901 ABC",
    "4901-AB",
    "4901  AB",
    "4901 A1",
    "4901 SA",
    "4901 sd",
    "4901 SS",
  ])("refuses %j", (input) => {
    expect(normalizePostcode(input)).toBeNull();
    expect(isPostcode(input)).toBe(false);
  });
});

describe("postcode4", () => {
  it("gives the four digits of a postcode, or null", () => {
    expect(postcode4("4901ab")).toBe("4901");
    expect(postcode4("nope")).toBeNull();
  });

  it("checks a district table key", () => {
    expect(isPostcode4("4901")).toBe(true);
    expect(isPostcode4(" 5124 ")).toBe(true);
    expect(isPostcode4("0123")).toBe(false);
    expect(isPostcode4("490")).toBe(false);
    expect(isPostcode4("4901 AB")).toBe(false);
  });
});
