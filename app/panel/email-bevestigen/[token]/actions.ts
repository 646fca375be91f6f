"use server";

import { redirect } from "next/navigation";
import { createAction, refusedTo } from "@/lib/accounts";
import { confirmEmailChangeByLink, endMemberSession, mailedTokenSchema } from "@/lib/panels";

/**
 * Confirms the new address; the member's sessions end with it (they sign in again at the new one).
 * Public: the token in the form decides. A broken link goes back to its page; a token that is not
 * well-formed to the sign-in page.
 */
export const confirmEmailChangeAction = createAction(
  { schema: mailedTokenSchema, permission: "public", refused: { redirect: refusedTo("/panel/inloggen") } },
  async ({ token }) => {
    const result = await confirmEmailChangeByLink(token);
    if (!result) redirect(`/panel/email-bevestigen/${token}`);
    await endMemberSession();
    redirect("/panel/email-bevestigen/klaar");
  },
);
