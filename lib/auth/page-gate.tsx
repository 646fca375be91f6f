import "server-only";
import { redirect } from "next/navigation";
import type { ReactElement } from "react";
import { Forbidden } from "@/components/auth/forbidden";
import type { Permission } from "./permissions";
import { can } from "./permissions";
import { getSessionUser, type SessionUser } from "./session";

export type PageGate =
  | { ok: true; user: SessionUser }
  | { ok: false; user: SessionUser; forbidden: ReactElement };

/**
 * For pages and layouts: nobody signed in → redirect to /inloggen (coming back to `returnTo`
 * afterwards); signed in without `permission` → `{ ok: false, forbidden }`, the Dutch
 * "Geen toegang" page to render instead:
 *
 *   const gate = await gatePage("user:manage", "/beheer/gebruikers");
 *   if (!gate.ok) return gate.forbidden;
 *
 * This only decides what to show; the data functions the page calls check again.
 */
export async function gatePage(permission: Permission, returnTo: string): Promise<PageGate> {
  const user = await requirePageUser(returnTo);
  if (can(user.role, permission)) return { ok: true, user };
  return { ok: false, user, forbidden: <Forbidden user={user} /> };
}

/** The signed-in user, or a redirect to the sign-in page that comes back to `returnTo`. */
export async function requirePageUser(returnTo: string): Promise<SessionUser> {
  const user = await getSessionUser();
  if (!user) redirect(`/inloggen?${new URLSearchParams({ callbackUrl: returnTo })}`);
  return user;
}
