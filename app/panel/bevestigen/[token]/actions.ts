"use server";

import { redirect } from "next/navigation";
import { createAction, refusedTo } from "@/lib/accounts";
import { confirmSignupByLink, mailedTokenSchema, startMemberSession } from "@/lib/panels";

/**
 * Confirms the sign-up and signs the member in: opening the mailed link proved the address, as a
 * sign-in link does. Public: the token in the form decides. A link that does not work goes back
 * to its page, which says so; a token that is not even well-formed goes to the "invalid" page.
 */
export const confirmSignupAction = createAction(
  {
    schema: mailedTokenSchema,
    permission: "public",
    refused: { redirect: refusedTo("/panel/bevestigen/ongeldig") },
  },
  async ({ token }) => {
    const confirmed = await confirmSignupByLink(token);
    if (!confirmed) redirect(`/panel/bevestigen/${token}`);
    await startMemberSession(confirmed.memberId);
    redirect("/panel/mijn?welkom=1");
  },
);
