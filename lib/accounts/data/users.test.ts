import { and, asc, count, eq } from "drizzle-orm";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { setUpTempDatabase } from "@/lib/testing/temp-database";

// Only the cookie layer is replaced: which session the request's cookie names.
vi.mock("@/auth", async () => (await import("@/lib/testing/session-cookie")).mockedAuth);
vi.mock("next/headers", async () => (await import("@/lib/testing/session-cookie")).mockedHeaders);

setUpTempDatabase("users");

import { getDb } from "@/db/client";
import { auditLog, sessions, users } from "@/db/schema";
import { AuthorizationError, InputError } from "@/lib/accounts/errors";
import { verifyPassword } from "@/lib/accounts/password";
import type { Role } from "@/lib/accounts/types";
import { errorOf } from "@/lib/testing/error-of";
import { signInAsUser, signOut } from "@/lib/testing/signed-in";
import { createSession } from "./sessions";
import { createUserAccount } from "./user-accounts";
import { changeUserRole, createUser, listUsers, setUserActive } from "./users";

const PASSWORD = "een-lang-wachtwoord";
let seq = 0;

async function makeUser(role: Role) {
  seq += 1;
  const email = `${role}${seq}@example.nl`;
  const { id } = await createUserAccount({ email, name: `${role} ${seq}`, role, password: PASSWORD });
  return { id, email };
}

async function signInAs(role: Role) {
  const user = await makeUser(role);
  await signInAsUser(user.id);
  return user;
}

const auditOf = async (subjectId: number) =>
  await getDb()
    .select({ actorId: auditLog.actorId, action: auditLog.action, details: auditLog.details })
    .from(auditLog)
    .where(and(eq(auditLog.subjectType, "user"), eq(auditLog.subjectId, String(subjectId))))
    .orderBy(asc(auditLog.id));
const sessionsOf = async (userId: number) =>
  (await getDb().select({ n: count() }).from(sessions).where(eq(sessions.userId, userId)))[0]?.n;
const userRow = async (id: number) =>
  (
    await getDb()
      .select({
        email: users.email,
        name: users.name,
        role: users.role,
        active: users.active,
        hash: users.passwordHash,
      })
      .from(users)
      .where(eq(users.id, id))
  )[0] as { email: string; name: string; role: Role; active: boolean; hash: string };

beforeEach(() => {
  signOut();
});

describe("account management by an administrator", () => {
  it("creates an account with a hashed password, and records who did it", async () => {
    const admin = await signInAs("admin");
    const created = await createUser({
      email: " Nieuw@Example.NL",
      name: "Nieuw Lid",
      role: "adviesraad",
      password: PASSWORD,
    });
    expect(created.email).toBe("nieuw@example.nl");
    const row = await userRow(created.id);
    expect(row).toMatchObject({
      email: "nieuw@example.nl",
      name: "Nieuw Lid",
      role: "adviesraad",
      active: true,
    });
    expect(row.hash).not.toContain(PASSWORD);
    expect(await verifyPassword(row.hash, PASSWORD)).toBe(true);
    expect(await auditOf(created.id)).toEqual([
      {
        actorId: admin.id,
        action: "user.created",
        details: { email: "nieuw@example.nl", role: "adviesraad" },
      },
    ]);
  });

  it("refuses an email address that already has an account, as a field error", async () => {
    await signInAs("admin");
    const existing = await makeUser("staff");
    const error = await errorOf(
      createUser({ email: existing.email.toUpperCase(), name: "Dubbel", role: "staff", password: PASSWORD }),
    );
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).fieldErrors).toEqual({ email: ["beheer.users.errors.emailTaken"] });
  });

  it("changes a role, ends that user's sessions, and records from/to", async () => {
    const admin = await signInAs("admin");
    const subject = await makeUser("staff");
    await createSession(subject.id);
    expect(await changeUserRole({ userId: subject.id, role: "adviesraad" })).toEqual({ changed: true });
    expect((await userRow(subject.id)).role).toBe("adviesraad");
    expect(await sessionsOf(subject.id)).toBe(0);
    expect((await auditOf(subject.id)).at(-1)).toEqual({
      actorId: admin.id,
      action: "user.role_changed",
      details: { from: "staff", to: "adviesraad" },
    });
    // The same role again changes nothing and records nothing.
    const entries = (await auditOf(subject.id)).length;
    expect(await changeUserRole({ userId: subject.id, role: "adviesraad" })).toEqual({ changed: false });
    expect(await auditOf(subject.id)).toHaveLength(entries);
  });

  it("deactivates (ending sessions) and reactivates, recording both", async () => {
    const admin = await signInAs("admin");
    const subject = await makeUser("panel");
    await createSession(subject.id);
    await setUserActive({ userId: subject.id, active: false });
    expect((await userRow(subject.id)).active).toBe(false);
    expect(await sessionsOf(subject.id)).toBe(0);
    await setUserActive({ userId: subject.id, active: true });
    expect((await userRow(subject.id)).active).toBe(true);
    expect((await auditOf(subject.id)).map((e) => [e.actorId, e.action])).toEqual([
      [null, "user.created"],
      [admin.id, "user.deactivated"],
      [admin.id, "user.reactivated"],
    ]);
  });

  it("does not let an administrator remove their own admin role or deactivate themself", async () => {
    const admin = await signInAs("admin");
    const roleError = await errorOf(changeUserRole({ userId: admin.id, role: "staff" }));
    expect((roleError as InputError).fieldErrors).toEqual({ role: ["beheer.users.errors.ownRole"] });
    const activeError = await errorOf(setUserActive({ userId: admin.id, active: false }));
    expect((activeError as InputError).formError).toBe("beheer.users.errors.ownAccount");
    expect(await userRow(admin.id)).toMatchObject({ role: "admin", active: true });
    expect(await sessionsOf(admin.id)).toBe(1);
  });

  it("says so when the account does not exist", async () => {
    await signInAs("admin");
    const error = await errorOf(changeUserRole({ userId: 999_999, role: "staff" }));
    expect((error as InputError).formError).toBe("beheer.users.errors.userUnknown");
  });
});

describe("account management by anyone else", () => {
  for (const role of ["staff", "adviesraad", "panel"] as const) {
    it(`is refused to ${role}, and changes nothing`, async () => {
      const subject = await makeUser("staff");
      await signInAs(role);
      const before = { user: await userRow(subject.id), audit: (await auditOf(subject.id)).length };
      // One call at a time: started together, a refusal not yet awaited counts as unhandled.
      for (const attempt of [
        () => listUsers(),
        () => createUser({ email: `x-${role}@example.nl`, name: "X", role: "admin", password: PASSWORD }),
        () => changeUserRole({ userId: subject.id, role: "admin" }),
        () => setUserActive({ userId: subject.id, active: false }),
      ]) {
        const error = await errorOf(attempt());
        expect(error).toBeInstanceOf(AuthorizationError);
        expect((error as AuthorizationError).reason).toBe("forbidden");
      }
      expect({ user: await userRow(subject.id), audit: (await auditOf(subject.id)).length }).toEqual(before);
      expect(
        await getDb()
          .select({ n: count() })
          .from(users)
          .where(eq(users.email, `x-${role}@example.nl`)),
      ).toEqual([{ n: 0 }]);
    });
  }

  it("is refused to a visitor who is not signed in", async () => {
    const subject = await makeUser("staff");
    const error = await errorOf(setUserActive({ userId: subject.id, active: false }));
    expect((error as AuthorizationError).reason).toBe("signed-out");
    expect((await userRow(subject.id)).active).toBe(true);
  });
});
