import { describe, expect, it } from "vitest";
import { meanMarginOfError, proportionMarginOfError, Z_95 } from "./margin-of-error";

describe("95% margins of error", () => {
  it("uses the normal quantile 1.959964", () => {
    expect(Z_95).toBe(1.959964);
  });

  it("for a proportion, by hand: p = 0.5, n = 100 gives 1.959964 × 0.05 = 0.0979982", () => {
    expect(proportionMarginOfError(0.5, 100)).toBeCloseTo(0.0979982, 10);
  });

  it("for a proportion, by hand: p = 0.2, n_eff = 64 gives 1.959964 × 0.4 / 8 = 0.0979982", () => {
    // √(0.2 · 0.8 / 64) = √0.0025 = 0.05.
    expect(proportionMarginOfError(0.2, 64)).toBeCloseTo(0.0979982, 10);
  });

  it("is 0 for a proportion of 0 or 1, and wider with a smaller effective n", () => {
    expect(proportionMarginOfError(0, 50)).toBe(0);
    expect(proportionMarginOfError(1, 50)).toBe(0);
    expect(proportionMarginOfError(0.3, 40) as number).toBeGreaterThan(
      proportionMarginOfError(0.3, 50) as number,
    );
  });

  it("for a mean, by hand: s = 2, n_eff = 25 gives 1.959964 × 2 / 5 = 0.7839856", () => {
    expect(meanMarginOfError(2, 25)).toBeCloseTo(0.7839856, 10);
  });

  it("is null below one effective respondent", () => {
    expect(proportionMarginOfError(0.5, 0)).toBeNull();
    expect(proportionMarginOfError(0.5, 0.9)).toBeNull();
    expect(meanMarginOfError(1, 0.5)).toBeNull();
    expect(proportionMarginOfError(0.5, 1)).toBeCloseTo(Z_95 * 0.5, 12);
  });

  it("refuses a proportion outside 0..1 or a negative standard deviation", () => {
    expect(() => proportionMarginOfError(50, 100)).toThrow(RangeError);
    expect(() => meanMarginOfError(-1, 100)).toThrow(RangeError);
  });
});
