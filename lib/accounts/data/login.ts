import "server-only";
import { findLoginAccount, normalizeEmail } from "@/lib/accounts/data/user-accounts";
import type { Role } from "@/lib/accounts/types";
import { env } from "@/lib/env";
import { clearEvents, isRateLimited, recordEvent } from "@/lib/rate-limit/data/rate-limit";
import { DUMMY_HASH_INPUT, hashPassword, verifyPassword } from "../password";
import { rateLimitKey } from "./rate-limit-keys";

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

export function loginLimitKeys(email: string, clientAddress: string): { account: string; client: string } {
  return {
    account: rateLimitKey("login", "account", normalizeEmail(email)),
    client: rateLimitKey("login", "client", clientAddress),
  };
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
    (await isRateLimited(keys.account, max, windowMs)) ||
    (await isRateLimited(keys.client, max * CLIENT_LIMIT_FACTOR, windowMs))
  ) {
    return null;
  }

  const account = await findLoginAccount(input.email);
  // Verify against a dummy hash when there is no such account: the answer then takes as long as
  // for a real account, so timing does not reveal which addresses exist.
  dummyHash ??= hashPassword(DUMMY_HASH_INPUT);
  const passwordOk = await verifyPassword(account?.passwordHash ?? (await dummyHash), input.password);

  if (!account?.active || !passwordOk) {
    await recordEvent(keys.account);
    await recordEvent(keys.client);
    return null;
  }
  // Only the account's count is cleared: clearing the client's would let one valid account reset
  // the limit for guesses at all the others.
  await clearEvents(keys.account);
  return { userId: account.id, role: account.role };
}
