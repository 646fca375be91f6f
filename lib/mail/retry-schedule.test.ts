import { describe, expect, it } from "vitest";
import { MAX_ATTEMPTS, retryDelayMs } from "./retry-schedule";

const MIN = 60_000;

describe("retryDelayMs", () => {
  it("waits 1 min, 5 min, 30 min, 2 h, 6 h after the 1st … 5th failed attempt (no jitter at 0.5)", () => {
    const mid = { random: () => 0.5 };
    expect([1, 2, 3, 4, 5].map((n) => retryDelayMs(n, mid))).toEqual([
      MIN,
      5 * MIN,
      30 * MIN,
      120 * MIN,
      360 * MIN,
    ]);
  });

  it("gives up after the last attempt", () => {
    expect(MAX_ATTEMPTS).toBe(6);
    expect(retryDelayMs(6)).toBeNull();
    expect(retryDelayMs(2, { maxAttempts: 2 })).toBeNull();
  });

  it("spreads retries by ±20 %", () => {
    expect(retryDelayMs(1, { random: () => 0 })).toBe(48_000);
    expect(retryDelayMs(1, { random: () => 0.999999 })).toBe(72_000);
  });
});
