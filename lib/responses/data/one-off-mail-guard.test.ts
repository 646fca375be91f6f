import { describe, expect, it } from "vitest";
import { setUpTempDatabase } from "@/lib/testing/temp-database";

setUpTempDatabase("one-off-mail-guard");

import { getDb } from "@/db/client";
import { rateLimitEvents } from "@/db/schema";
import { oneOffMailVerdict, recordOneOffMail } from "./one-off-mail-guard";

const QUARTER = 15 * 60 * 1000;

describe("one-off mail limit", () => {
  it("allows five mails of a kind per client per hour, counting clients and kinds apart", async () => {
    const now = Date.UTC(2026, 4, 1, 10, 7);
    for (let i = 0; i < 5; i++) {
      expect(await oneOffMailVerdict("resume", "192.0.2.1", now)).toBe("allowed");
      await recordOneOffMail("resume", "192.0.2.1", now);
    }
    expect(await oneOffMailVerdict("resume", "192.0.2.1", now)).toBe("rate_limited");
    expect(await oneOffMailVerdict("copy", "192.0.2.1", now)).toBe("allowed");
    expect(await oneOffMailVerdict("resume", "192.0.2.2", now)).toBe("allowed");
    // An hour and a quarter later the client may send again.
    expect(await oneOffMailVerdict("resume", "192.0.2.1", now + 4 * QUARTER + QUARTER)).toBe("allowed");
  });

  it("records neither the client's address nor the exact moment", async () => {
    const now = Date.UTC(2026, 4, 2, 10, 7, 31);
    await recordOneOffMail("copy", "198.51.100.7", now);
    const rows = await getDb().select().from(rateLimitEvents);
    expect(JSON.stringify(rows)).not.toContain("198.51.100.7");
    expect(rows.map((r) => r.at.getTime())).toContain(Date.UTC(2026, 4, 2, 10, 0));
    expect(rows.map((r) => r.at.getTime())).not.toContain(now);
  });
});
