import { describe, expect, it } from "vitest";
import {
  hasMarginAt,
  MIN_EFFECTIVE_SAMPLE,
  meanMarginOfError,
  proportionInterval,
  typicalMarginOfError,
  Z_95,
} from "./margin-of-error";

/*
 * Hand computations with z = 1.959964, z² = 3.841459:
 * Wilson bounds (p + z²/2n ± z·√(p(1−p)/n + z²/4n²)) / (1 + z²/n).
 */

describe("Wilson score intervals for a percentage", () => {
  it("uses the normal quantile 1.959964 and gives no margin below an effective n of 30", () => {
    expect(Z_95).toBe(1.959964);
    expect(MIN_EFFECTIVE_SAMPLE).toBe(30);
    expect(hasMarginAt(29.99)).toBe(false);
    expect(hasMarginAt(30)).toBe(true);
    expect(proportionInterval(0.5, 29.9)).toBeNull();
    expect(proportionInterval(0.5, 2)).toBeNull();
    expect(proportionInterval(0, 0)).toBeNull();
    expect(typicalMarginOfError(2)).toBeNull();
    expect(typicalMarginOfError(Number.NaN)).toBeNull();
  });

  it("at 0%: from 0 to z²/(n + z²), not ± 0", () => {
    // n = 30: 3.841459 / 33.841459 = 0.113513
    const interval = proportionInterval(0, 30);
    expect(interval?.low).toBeCloseTo(0, 12);
    expect(interval?.high).toBeCloseTo(0.113513, 6);
  });

  it("at 100%: from n/(n + z²) to 1", () => {
    // n = 30: 30 / 33.841459 = 0.886487
    const interval = proportionInterval(1, 30);
    expect(interval?.low).toBeCloseTo(0.886487, 6);
    expect(interval?.high).toBeCloseTo(1, 12);
  });

  it("at 50%: symmetric around 50%, a little narrower than the normal approximation", () => {
    // n = 100: centre 0.5; half = 1.959964/1.03841459 · √(0.0025 + 0.000096036) = 0.096168
    // (the normal approximation would give 0.097998).
    const interval = proportionInterval(0.5, 100);
    expect(interval?.low).toBeCloseTo(0.403832, 6);
    expect(interval?.high).toBeCloseTo(0.596168, 6);
    expect(typicalMarginOfError(100)).toBeCloseTo(0.096168, 6);
    // n_eff 64 (a weighted sample of, say, 80): 0.118979.
    expect(typicalMarginOfError(64)).toBeCloseTo(0.118979, 6);
  });

  it("for a small sample: 3 of 30 gives 3.5%–25.6%, not 10% ± 10.7", () => {
    // centre (0.1 + 0.064024)/1.128049 = 0.145405; half 1.737481 · √(0.003 + 0.001067) = 0.110805
    const interval = proportionInterval(0.1, 30);
    expect(interval?.low).toBeCloseTo(0.0346, 4);
    expect(interval?.high).toBeCloseTo(0.256211, 6);
  });

  it("is wider with a smaller effective n and always stays within 0..1", () => {
    const wide = proportionInterval(0.3, 40);
    const narrow = proportionInterval(0.3, 50);
    expect((wide?.high ?? 0) - (wide?.low ?? 0)).toBeGreaterThan((narrow?.high ?? 0) - (narrow?.low ?? 0));
    for (const p of [0, 0.01, 0.5, 0.99, 1]) {
      const interval = proportionInterval(p, 30);
      expect(interval?.low).toBeGreaterThanOrEqual(0);
      expect(interval?.high).toBeLessThanOrEqual(1);
      expect(interval?.low).toBeLessThanOrEqual(p);
      expect(interval?.high).toBeGreaterThanOrEqual(p);
    }
  });

  it("refuses a proportion outside 0..1", () => {
    expect(() => proportionInterval(50, 100)).toThrow(RangeError);
    expect(() => proportionInterval(-0.1, 100)).toThrow(RangeError);
  });
});

describe("margin of a mean", () => {
  it("by hand: s = 2, n_eff = 36 gives 1.959964 × 2 / 6 = 0.6533213", () => {
    expect(meanMarginOfError(2, 36)).toBeCloseTo(0.6533213, 7);
  });

  it("is null below an effective n of 30, and refuses a negative standard deviation", () => {
    expect(meanMarginOfError(2, 25)).toBeNull();
    expect(meanMarginOfError(2, 29.5)).toBeNull();
    expect(() => meanMarginOfError(-1, 100)).toThrow(RangeError);
  });
});
