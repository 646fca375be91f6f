import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { queryRow } from "@/db/raw-sql";
import { rateLimitEvents } from "@/db/schema";
import { setUpTempDatabase } from "@/lib/testing/temp-database";
import { clearEvents, isRateLimited, RATE_LIMIT_RETENTION_MS, recordEvent } from "./rate-limit";

setUpTempDatabase("rate-limit");

const MINUTE = 60_000;
const T0 = Date.UTC(2026, 10, 28, 9, 0, 0);

async function eventsOf(key: string): Promise<number> {
  const row = (await queryRow(
    getDb(),
    sql`SELECT count(*) AS n FROM ${rateLimitEvents} WHERE key = ${key}`,
  )) as {
    n: number;
  };
  return row.n;
}

describe("sliding-window rate limiter", () => {
  it("allows up to max - 1 events and limits at max", async () => {
    const key = "test:max";
    for (let i = 0; i < 4; i++) await recordEvent(key, T0 + i * 1000);
    expect(await isRateLimited(key, 5, 15 * MINUTE, T0 + 5000)).toBe(false);
    await recordEvent(key, T0 + 5000);
    expect(await isRateLimited(key, 5, 15 * MINUTE, T0 + 6000)).toBe(true);
  });

  it("slides: events older than the window stop counting one by one", async () => {
    const key = "test:slide";
    await recordEvent(key, T0);
    await recordEvent(key, T0 + 10 * MINUTE);
    await recordEvent(key, T0 + 12 * MINUTE);
    expect(await isRateLimited(key, 3, 15 * MINUTE, T0 + 14 * MINUTE)).toBe(true);
    // The first event leaves the 15-minute window; the other two are still in it.
    expect(await isRateLimited(key, 3, 15 * MINUTE, T0 + 15 * MINUTE + 1)).toBe(false);
    expect(await isRateLimited(key, 2, 15 * MINUTE, T0 + 15 * MINUTE + 1)).toBe(true);
    expect(await isRateLimited(key, 1, 15 * MINUTE, T0 + 27 * MINUTE + 1)).toBe(false);
  });

  it("keeps keys apart", async () => {
    await recordEvent("test:a", T0);
    await recordEvent("test:a", T0);
    expect(await isRateLimited("test:a", 2, MINUTE, T0 + 1)).toBe(true);
    expect(await isRateLimited("test:b", 1, MINUTE, T0 + 1)).toBe(false);
  });

  it("clearEvents forgets a key's events, and only that key's", async () => {
    await recordEvent("test:clear", T0);
    await recordEvent("test:keep", T0);
    await clearEvents("test:clear");
    expect(await isRateLimited("test:clear", 1, MINUTE, T0 + 1)).toBe(false);
    expect(await isRateLimited("test:keep", 1, MINUTE, T0 + 1)).toBe(true);
  });

  it("prunes a key's events older than the retention period when it records a new one", async () => {
    const key = "test:prune";
    await recordEvent(key, T0);
    await recordEvent(key, T0 + 1000);
    expect(await eventsOf(key)).toBe(2);
    await recordEvent(key, T0 + RATE_LIMIT_RETENTION_MS + 2000);
    expect(await eventsOf(key)).toBe(1);
  });

  it("uses the real clock by default", async () => {
    const key = "test:now";
    expect(await isRateLimited(key, 1, MINUTE)).toBe(false);
    await recordEvent(key);
    expect(await isRateLimited(key, 1, MINUTE)).toBe(true);
  });
});
