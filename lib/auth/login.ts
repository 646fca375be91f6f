import "server-only";
import crypto from "node:crypto";
import type { Role } from "@/db/schema";
import { clearEvents, isRateLimited, recordEvent } from "@/lib/data/rate-limit";
import { findLoginAccount, normalizeEmail } from "@/lib/data/user-accounts";
import { env } from "@/lib/env";
import { DUMMY_HASH_INPUT, hashPassword, verifyPassword } from "./password";
import { can } from "./permissions";
import { authSecret } from "./secret";

/*
 * The password check behind the Credentials provider (auth.ts), with failed-login limiting per
 * account and per client. Every failure looks the same to the caller (null): unknown account,
 * wrong password, deactivated account, too many attempts. That keeps the sign-in form from telling
 * an attacker which email addresses have an account (ASVS 2.2.1, 3.2).
 */

/**
 * Many people can share one client address (a town hall behind one NAT), and a per-client limit
 * exists to stop one machine spraying guesses over many accounts, not to stop one person's typos.
 * So it allows this many times the per-account number.
 */
export const CLIENT_LIMIT_FACTOR = 10;

/**
 * The client's address as the nearest proxy saw it: the last x-forwarded-for entry. Earlier
 * entries are written by the client and can be anything. Without a proxy in front, Next.js
 * fills in the socket address only when the header is absent, so a client talking to the app
 * directly can still choose it; the per-account limit does not depend on it.
 */
export function clientAddressFrom(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for");
  const last = forwarded?.split(",").at(-1)?.trim();
  return last || headers.get("x-real-ip")?.trim() || "unknown";
}

/**
 * Rate-limit keys hold only a keyed hash (HMAC with the app secret) of the email address and of
 * the client address: the events table then holds no personal data (AVG/GDPR data minimisation;
 * people sometimes type a password into the email field), and a plain hash of an IPv4 address
 * could be reversed by trying all 2^32 of them.
 */
function keyed(kind: string, value: string): string {
  const digest = crypto.createHmac("sha256", authSecret()).update(`${kind}:${value}`).digest("base64url");
  return `login:${kind}:${digest}`;
}

export function loginLimitKeys(email: string, clientAddress: string): { account: string; client: string } {
  return { account: keyed("account", normalizeEmail(email)), client: keyed("client", clientAddress) };
}

let dummyHash: Promise<string> | undefined;

export type LoginResult = { userId: number; role: Role } | null;

export async function authenticateWithPassword(input: {
  email: string;
  password: string;
  clientAddress: string;
}): Promise<LoginResult> {
  const { LOGIN_MAX_ATTEMPTS: max, LOGIN_WINDOW_MINUTES: minutes } = env();
  const windowMs = minutes * 60 * 1000;
  const keys = loginLimitKeys(input.email, input.clientAddress);

  // While limited, no password is checked at all (so guessing gets nowhere) and nothing is
  // recorded, so the window ends the given time after the last real attempt.
  if (
    isRateLimited(keys.account, max, windowMs) ||
    isRateLimited(keys.client, max * CLIENT_LIMIT_FACTOR, windowMs)
  ) {
    return null;
  }

  const account = findLoginAccount(input.email);
  // Verify against a dummy hash when there is no such account: the answer then takes as long as
  // for a real account, so timing does not reveal which addresses exist.
  dummyHash ??= hashPassword(DUMMY_HASH_INPUT);
  const passwordOk = await verifyPassword(account?.passwordHash ?? (await dummyHash), input.password);

  if (!account?.active || !passwordOk) {
    recordEvent(keys.account);
    recordEvent(keys.client);
    return null;
  }
  // Only the account's count is cleared: clearing the client's would let one valid account reset
  // the limit for guesses at all the others.
  clearEvents(keys.account);
  return { userId: account.id, role: account.role };
}

/** Where someone lands after signing in when they did not come from a page: Beheer for staff, their own area for the Adviesraad. */
export function homePathFor(role: Role | undefined): string {
  if (role && can(role, "review:participate")) return "/adviesraad";
  return role && can(role, "beheer:enter") ? "/beheer" : "/";
}
