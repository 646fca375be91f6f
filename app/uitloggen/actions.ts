"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { signOut } from "@/auth";
import { createAction, deleteSession, refusedTo } from "@/lib/accounts";

/**
 * Logs out: deletes the session row (which ends the session on every app instance even if the
 * cookie survived somewhere) and clears the cookie. Public: without a session it only clears the
 * cookie, and the person lands on the same page either way. Server actions are POST-only and
 * Next.js checks the Origin header, so another site cannot log someone out.
 */
export const logoutAction = createAction(
  { schema: z.object({}), permission: "public", refused: { redirect: refusedTo("/inloggen?uitgelogd=1") } },
  async (_input, { user }) => {
    if (user) await deleteSession(user.sessionId);
    await signOut({ redirect: false });
    redirect("/inloggen?uitgelogd=1");
  },
);
