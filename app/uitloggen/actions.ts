"use server";

import { redirect } from "next/navigation";
import { signOut } from "@/auth";
import { getSessionUser } from "@/lib/accounts/data/session";
import { deleteSession } from "@/lib/accounts/data/sessions";

/**
 * Logs out: deletes the session row (which ends the session on every app instance even if the
 * cookie survived somewhere) and clears the cookie. It takes no input and needs no permission,
 * so it does not go through `createAction`. Server actions are POST-only and Next.js checks the
 * Origin header, so another site cannot log someone out.
 */
export async function logoutAction(): Promise<void> {
  const user = await getSessionUser();
  if (user) deleteSession(user.sessionId);
  await signOut({ redirect: false });
  redirect("/inloggen?uitgelogd=1");
}
