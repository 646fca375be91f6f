"use server";

import { redirect } from "next/navigation";
import { createAction, refusedTo } from "@/lib/accounts";
import { mailedTokenSchema, signInByLink, startMemberSession } from "@/lib/panels";

/**
 * Uses the sign-in link (once) and starts the member session. Public: the token in the form
 * decides. A broken link goes back to its page; a token that is not well-formed to the sign-in page.
 */
export const signInWithLinkAction = createAction(
  { schema: mailedTokenSchema, permission: "public", refused: { redirect: refusedTo("/panel/inloggen") } },
  async ({ token }) => {
    const redeemed = await signInByLink(token);
    if (!redeemed) redirect(`/panel/inloggen/${token}`);
    await startMemberSession(redeemed.memberId);
    redirect("/panel/mijn");
  },
);
