import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { rateLimitEvents } from "@/db/schema";
import { setUpTempDatabase } from "@/lib/testing/temp-database";
import { clearEvents, isRateLimited, RATE_LIMIT_RETENTION_MS, recordEvent } from "./rate-limit";

setUpTempDatabase("rate-limit");

const MINUTE = 60_000;
const T0 = Date.UTC(2026, 10, 28, 9, 0, 0);

function eventsOf(key: string): number {
  const row = getDb().get(sql`SELECT count(*) AS n FROM ${rateLimitEvents} WHERE key = ${key}`) as {
    n: number;
  };
  return row.n;
}

describe("sliding-window rate limiter", () => {
  it("allows up to max - 1 events and limits at max", () => {
    const key = "test:max";
    for (let i = 0; i < 4; i++) recordEvent(key, T0 + i * 1000);
    expect(isRateLimited(key, 5, 15 * MINUTE, T0 + 5000)).toBe(false);
    recordEvent(key, T0 + 5000);
    expect(isRateLimited(key, 5, 15 * MINUTE, T0 + 6000)).toBe(true);
  });

  it("slides: events older than the window stop counting one by one", () => {
    const key = "test:slide";
    recordEvent(key, T0);
    recordEvent(key, T0 + 10 * MINUTE);
    recordEvent(key, T0 + 12 * MINUTE);
    expect(isRateLimited(key, 3, 15 * MINUTE, T0 + 14 * MINUTE)).toBe(true);
    // The first event leaves the 15-minute window; the other two are still in it.
    expect(isRateLimited(key, 3, 15 * MINUTE, T0 + 15 * MINUTE + 1)).toBe(false);
    expect(isRateLimited(key, 2, 15 * MINUTE, T0 + 15 * MINUTE + 1)).toBe(true);
    expect(isRateLimited(key, 1, 15 * MINUTE, T0 + 27 * MINUTE + 1)).toBe(false);
  });

  it("keeps keys apart", () => {
    recordEvent("test:a", T0);
    recordEvent("test:a", T0);
    expect(isRateLimited("test:a", 2, MINUTE, T0 + 1)).toBe(true);
    expect(isRateLimited("test:b", 1, MINUTE, T0 + 1)).toBe(false);
  });

  it("clearEvents forgets a key's events, and only that key's", () => {
    recordEvent("test:clear", T0);
    recordEvent("test:keep", T0);
    clearEvents("test:clear");
    expect(isRateLimited("test:clear", 1, MINUTE, T0 + 1)).toBe(false);
    expect(isRateLimited("test:keep", 1, MINUTE, T0 + 1)).toBe(true);
  });

  it("prunes a key's events older than the retention period when it records a new one", () => {
    const key = "test:prune";
    recordEvent(key, T0);
    recordEvent(key, T0 + 1000);
    expect(eventsOf(key)).toBe(2);
    recordEvent(key, T0 + RATE_LIMIT_RETENTION_MS + 2000);
    expect(eventsOf(key)).toBe(1);
  });

  it("uses the real clock by default", () => {
    const key = "test:now";
    expect(isRateLimited(key, 1, MINUTE)).toBe(false);
    recordEvent(key);
    expect(isRateLimited(key, 1, MINUTE)).toBe(true);
  });
});
