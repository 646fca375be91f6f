import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";
import { findActiveAccount } from "@/lib/accounts/data/user-accounts";
import type { SessionUser } from "@/lib/accounts/types";

/*
 * Acting as a named account outside a web request. The demo seed publishes the demo results as
 * the demo policy officer would, through the same data functions, so their own permission checks
 * still decide: an account whose role lacks a right is refused here as in the browser.
 *
 * Only command-line code (cli/, lib/demo/data/seed) enters this context; nothing under app/ imports it, and a
 * request never runs inside it, so a request is always judged by its own session cookie.
 */

const acting = new AsyncLocalStorage<SessionUser>();

/** The account the current operator task acts as, if any (consulted by getSessionUser). */
export function operatorAccount(): SessionUser | undefined {
  return acting.getStore();
}

/** Runs `task` as the active account with this email; refuses an unknown or deactivated one. */
export async function runAsAccount<T>(email: string, task: () => Promise<T>): Promise<T> {
  const account = await findActiveAccount(email);
  if (!account) throw new Error(`No active account ${email} to act as.`);
  return acting.run({ ...account, sessionId: "operator" }, task);
}
