import "server-only";
import { forbidden, redirect } from "next/navigation";
import type { Permission } from "../permissions";
import { can } from "../permissions";
import { signInPath } from "../sign-in-path";
import type { SessionUser } from "../types";
import { getSessionUser, sessionEnd } from "./session";

export type PageGate = { ok: true; user: SessionUser };

/**
 * For pages and layouts: nobody signed in → redirect to /inloggen (coming back to `returnTo`
 * afterwards); signed in without `permission` → forbidden(): the Dutch "Geen toegang" page
 * (app/forbidden.tsx) with status 403.
 *
 *   const gate = await gatePage("user:manage", "/beheer/gebruikers");
 *
 * This only decides what to show; the data functions the page calls check again.
 */
export async function gatePage(permission: Permission, returnTo: string): Promise<PageGate> {
  const user = await requirePageUser(returnTo);
  if (!can(user.role, permission)) forbidden();
  return { ok: true, user };
}

/** The signed-in user, or a redirect to the sign-in page that comes back to `returnTo`. */
export async function requirePageUser(returnTo: string): Promise<SessionUser> {
  const user = await getSessionUser();
  if (!user) redirect(signInPath(returnTo, await sessionEnd()));
  return user;
}
