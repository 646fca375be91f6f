import { createSession } from "@/lib/accounts/data/sessions";
import { createUserAccount } from "@/lib/accounts/data/user-accounts";
import type { Role } from "@/lib/accounts/types";
import { sessionCookie, type TestCookie } from "./session-cookie";

/*
 * Signing in for unit tests of the data layer: real accounts and sessions in the test's temp database,
 * and the mocked cookie (lib/testing/session-cookie.ts) naming the session.
 */

let userSeq = 0;

/** Creates an account with this role (and name) and signs it in; returns the account's id. */
export async function signInAs(
  role: Role,
  { name, cookie = sessionCookie }: { name?: string; cookie?: TestCookie } = {},
): Promise<number> {
  userSeq += 1;
  const { id } = await createUserAccount({
    email: `${role}${userSeq}-${Math.random().toString(36).slice(2, 8)}@example.nl`,
    name: name ?? `${role} ${userSeq}`,
    role,
    password: "een-lang-wachtwoord",
  });
  await signInAsUser(id, cookie);
  return id;
}

/** Makes the mocked cookie name a fresh session of an existing account. */
export async function signInAsUser(userId: number, cookie: TestCookie = sessionCookie): Promise<void> {
  cookie.current = { user: { sid: (await createSession(userId)).id, sub: String(userId) } };
}

/** The visitor is no longer signed in: the request carries no session cookie. */
export function signOut(cookie: TestCookie = sessionCookie): void {
  cookie.current = null;
}
