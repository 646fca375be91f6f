import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { setUpTempDatabase } from "@/lib/testing/temp-database";

// The installation's own policy, not the defaults: the limits must come from these settings
// (lib/env.ts reads them on first use, after this line).
process.env.SESSION_IDLE_MINUTES = "45";
process.env.SESSION_MAX_HOURS = "10";

import { getDb } from "@/db/client";
import { sessions, users } from "@/db/schema";
import { createUserAccount } from "@/lib/accounts/data/user-accounts";
import { createSession, lookupSession, sessionLifetimes } from "./sessions";

setUpTempDatabase("sessions");

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
/** The clock of these tests: every data function takes `now`, so time is whatever a test says. */
const T0 = Date.UTC(2026, 2, 2, 8, 0, 0);

let userId: number;
beforeAll(async () => {
  ({ id: userId } = await createUserAccount({
    email: "beleid@example.nl",
    name: "Beleid",
    role: "staff",
    password: "een-lang-wachtwoord",
  }));
});

/** The session's row as stored, its expiry in milliseconds; undefined once it is deleted. */
async function row(id: string): Promise<{ expiresAt: number } | undefined> {
  const found = (
    await getDb().select({ expiresAt: sessions.expiresAt }).from(sessions).where(eq(sessions.id, id))
  )[0];
  return found && { expiresAt: found.expiresAt.getTime() };
}

describe("staff session lifetimes come from the settings", () => {
  it("reads SESSION_IDLE_MINUTES and SESSION_MAX_HOURS", () => {
    expect(sessionLifetimes()).toEqual({ idleMs: 45 * MINUTE, absoluteMs: 10 * HOUR });
  });

  it("keeps a session used within the idle limit, and ends and deletes one idle for longer", async () => {
    const { id } = await createSession(userId, T0);
    // 44 minutes without a request: still signed in (the default 30 would have ended it).
    expect(await lookupSession(id, T0 + 44 * MINUTE)).toMatchObject({
      status: "active",
      user: { id: userId },
    });
    // The request at 44 minutes counts: 45 minutes after it, not after sign-in, it ends.
    expect((await lookupSession(id, T0 + 88 * MINUTE)).status).toBe("active");
    expect(await lookupSession(id, T0 + 88 * MINUTE + 45 * MINUTE + 1)).toEqual({
      status: "ended",
      reason: "idle",
    });
    // Refused and gone: the row cannot be brought back by a later request.
    expect(await row(id)).toBeUndefined();
    expect(await lookupSession(id, T0 + 89 * MINUTE)).toEqual({ status: "ended", reason: "unknown" });
  });

  it("writes the idle extension at most once a minute, so reading pages stays cheap", async () => {
    const { id } = await createSession(userId, T0);
    const first = (await row(id))?.expiresAt;
    expect(first).toBe(T0 + 45 * MINUTE);
    await lookupSession(id, T0 + 30_000);
    await lookupSession(id, T0 + 59_000);
    expect((await row(id))?.expiresAt).toBe(first);
    await lookupSession(id, T0 + 61_000);
    expect((await row(id))?.expiresAt).toBe(T0 + 61_000 + 45 * MINUTE);
  });

  it("ends a session at the absolute limit however busy it is, and deletes it", async () => {
    const { id } = await createSession(userId, T0);
    for (let t = T0; t < T0 + 10 * HOUR; t += 20 * MINUTE) {
      expect((await lookupSession(id, t)).status).toBe("active");
    }
    // Near the end the idle extension stops at the absolute limit.
    expect((await row(id))?.expiresAt).toBeLessThanOrEqual(T0 + 10 * HOUR);
    expect(await lookupSession(id, T0 + 10 * HOUR)).toEqual({ status: "ended", reason: "expired" });
    expect(await row(id)).toBeUndefined();
  });

  it("does not count a deactivated account's session, whatever its age", async () => {
    const { id } = await createSession(userId, T0);
    await getDb().update(users).set({ active: false }).where(eq(users.id, userId));
    try {
      expect(await lookupSession(id, T0 + MINUTE)).toEqual({ status: "ended", reason: "unknown" });
    } finally {
      await getDb().update(users).set({ active: true }).where(eq(users.id, userId));
    }
  });
});
