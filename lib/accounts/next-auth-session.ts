import "server-only";
import { auth } from "@/auth";

/**
 * next-auth's view of the request's session cookie. Its own module, loaded on demand by
 * getSessionUser: next-auth pulls in the App Router's client runtime, which command-line code
 * (acting as an account, lib/accounts/data/operator-context.ts) cannot load and never needs.
 */
export async function readAuthSession(): Promise<unknown> {
  return auth();
}
