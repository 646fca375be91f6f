import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { setUpTempDatabase } from "@/lib/testing/temp-database";

// The cookie layer: what next-auth's auth() decoded from the request's signed cookie. Everything
// behind it (session rows, users, the permission table) is real, on a temporary database.
const cookie = vi.hoisted(() => ({ current: null as null | { user: { sid: string; sub: string } } }));
vi.mock("@/auth", () => ({ auth: async () => cookie.current }));
vi.mock("next/headers", () => ({
  cookies: async () => ({
    getAll: () => (cookie.current ? [{ name: "authjs.session-token", value: "…" }] : []),
  }),
}));

import { getDb } from "@/db/client";
import { sessions, users } from "@/db/schema";
import { createSession, deleteSession, sessionLifetimes } from "@/lib/accounts/data/sessions";
import { createUserAccount } from "@/lib/accounts/data/user-accounts";
import type { Role } from "@/lib/accounts/types";
import { AuthorizationError } from "../errors";
import { PERMISSIONS, type Permission } from "../permissions";
import { getSessionUser, requirePermission, requireUser, sessionEnd } from "./session";

setUpTempDatabase("session");

async function signedIn(role: Role, email = `${role}-${Math.random().toString(36).slice(2)}@example.nl`) {
  const { id } = await createUserAccount({
    email,
    name: `Test ${role}`,
    role,
    password: "een-lang-wachtwoord",
  });
  const session = await createSession(id);
  cookie.current = { user: { sid: session.id, sub: String(id) } };
  return { userId: id, sessionId: session.id };
}

/** Moves a session's moments, as if it had been created or last used at another time. */
async function setSession(sessionId: string, moments: { createdAt?: Date; expiresAt?: Date }) {
  await getDb().update(sessions).set(moments).where(eq(sessions.id, sessionId));
}

async function refusal(promise: Promise<unknown>): Promise<string | null> {
  try {
    await promise;
    return null;
  } catch (error) {
    if (error instanceof AuthorizationError) return error.reason;
    throw error;
  }
}

beforeEach(() => {
  cookie.current = null;
});

/**
 * What each role may do, written out by hand (not derived from the table under test): a change to
 * lib/accounts/permissions.ts that widens or narrows access has to be made here too, on purpose.
 */
const EXPECTED: Record<Permission, Role[]> = {
  "beheer:enter": ["admin", "staff"],
  "survey:read": ["admin", "staff"],
  "survey:edit": ["admin", "staff"],
  "survey:open": ["admin", "staff"],
  "survey:publish": ["admin", "staff"],
  "response:read": ["admin", "staff"],
  "response:enter": ["admin", "staff"],
  "review:participate": ["adviesraad"],
  "user:manage": ["admin"],
  "audit:read": ["admin"],
  "panel:self": ["panel"],
  "panel:manage": ["admin", "staff"],
  "panel:districts": ["admin"],
  "fieldwork:send": ["admin", "staff"],
  "population:edit": ["admin", "staff"],
  "results:moderate": ["admin", "staff"],
  "results:export": ["admin", "staff"],
};

describe("requirePermission, per role, against the database", () => {
  it("covers every permission in the table", () => {
    expect(Object.keys(PERMISSIONS).sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  for (const role of ["admin", "staff", "adviesraad", "panel"] as const) {
    it(`grants a signed-in ${role} exactly the expected permissions`, async () => {
      await signedIn(role);
      for (const [permission, roles] of Object.entries(EXPECTED) as [Permission, Role[]][]) {
        const outcome = await refusal(requirePermission(permission));
        expect({ permission, outcome }).toEqual({
          permission,
          outcome: roles.includes(role) ? null : "forbidden",
        });
      }
    });
  }

  it("refuses everything to a visitor without a session", async () => {
    for (const permission of Object.keys(EXPECTED) as Permission[]) {
      expect(await refusal(requirePermission(permission))).toBe("signed-out");
    }
    expect(await refusal(requireUser())).toBe("signed-out");
    expect(await getSessionUser()).toBeNull();
  });

  it("returns who is signed in, with the role from the database", async () => {
    const { userId, sessionId } = await signedIn("staff", "Beleid@Example.nl");
    expect(await requirePermission("survey:edit")).toEqual({
      id: userId,
      email: "beleid@example.nl",
      name: "Test staff",
      role: "staff",
      sessionId,
    });
  });
});

describe("a session ends at once, whatever the cookie says", () => {
  it("when the account is deactivated", async () => {
    const { userId } = await signedIn("admin");
    expect(await getSessionUser()).not.toBeNull();
    await getDb().update(users).set({ active: false }).where(eq(users.id, userId));
    expect(await getSessionUser()).toBeNull();
    expect(await refusal(requirePermission("user:manage"))).toBe("signed-out");
  });

  it("when the session row is deleted (logout, role change)", async () => {
    const { sessionId } = await signedIn("staff");
    await deleteSession(sessionId);
    expect(await getSessionUser()).toBeNull();
  });

  it("when the role changes: the next check uses the new role", async () => {
    const { userId } = await signedIn("admin");
    await getDb().update(users).set({ role: "panel" }).where(eq(users.id, userId));
    expect(await refusal(requirePermission("user:manage"))).toBe("forbidden");
  });

  it("when the session has expired", async () => {
    const { sessionId } = await signedIn("staff");
    await setSession(sessionId, { expiresAt: new Date(Date.now() - 1) });
    expect(await getSessionUser()).toBeNull();
  });

  it("when the session sat idle past the limit: deleted, and the sign-in redirect says why", async () => {
    const { sessionId } = await signedIn("staff");
    await setSession(sessionId, { expiresAt: new Date(Date.now() - 1) });
    expect(await sessionEnd()).toBe("idle");
    expect(
      await getDb().select({ id: sessions.id }).from(sessions).where(eq(sessions.id, sessionId)),
    ).toEqual([]);
    expect(await getSessionUser()).toBeNull();
  });

  it("when the session is older than the absolute limit", async () => {
    const { sessionId } = await signedIn("staff");
    await setSession(sessionId, { createdAt: new Date(Date.now() - sessionLifetimes().absoluteMs - 1) });
    expect(await sessionEnd()).toBe("expired");
    expect(await getSessionUser()).toBeNull();
  });

  it("says nothing ended for a live session, or one ended by signing out", async () => {
    const { sessionId } = await signedIn("staff");
    expect(await sessionEnd()).toBeNull();
    await deleteSession(sessionId);
    expect(await sessionEnd()).toBeNull();
  });

  it("when the cookie names another user's session", async () => {
    const staff = await signedIn("staff");
    const admin = await signedIn("admin");
    cookie.current = { user: { sid: staff.sessionId, sub: String(admin.userId) } };
    expect(await getSessionUser()).toBeNull();
  });

  it("slides the idle expiry forward on use, up to the absolute limit", async () => {
    const { sessionId } = await signedIn("staff");
    const expiresAt = async () =>
      (
        await getDb().select({ e: sessions.expiresAt }).from(sessions).where(eq(sessions.id, sessionId))
      )[0].e.getTime();
    await setSession(sessionId, { expiresAt: new Date(Date.now() + 5 * 60_000) });
    await getSessionUser();
    expect(await expiresAt()).toBeGreaterThan(Date.now() + sessionLifetimes().idleMs - 10_000);
    // Signed in 11h50m ago: the idle expiry slides only up to the 12-hour absolute limit.
    await setSession(sessionId, {
      createdAt: new Date(Date.now() - 11 * 3600_000 - 50 * 60_000),
      expiresAt: new Date(Date.now() + 60_000),
    });
    expect(await getSessionUser()).not.toBeNull();
    expect(await expiresAt()).toBeLessThan(Date.now() + 11 * 60_000);
    // Signed in 13 hours ago: ended, however recently it was used.
    await setSession(sessionId, {
      createdAt: new Date(Date.now() - 13 * 3600_000),
      expiresAt: new Date(Date.now() + 20 * 60_000),
    });
    expect(await getSessionUser()).toBeNull();
  });
});
