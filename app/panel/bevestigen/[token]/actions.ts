"use server";

import { redirect } from "next/navigation";
import { formDataArgument } from "@/lib/http/action-arguments";
import { startMemberSession } from "@/lib/panels/data/member-session";
import { confirmSignup } from "@/lib/panels/data/panel-signup";
import { guardedTokenLookup } from "@/lib/panels/data/token-guard";
import { mailedTokenSchema } from "@/lib/panels/signup-schema";

/**
 * Confirms the sign-up and signs the member in: opening the mailed link proved the address, as a
 * sign-in link does. A link that does not work goes back to its page, which says so.
 */
export async function confirmSignupAction(formData: FormData): Promise<void> {
  const parsed = mailedTokenSchema.safeParse({ token: formDataArgument(formData).get("token") });
  if (!parsed.success) redirect("/panel/bevestigen/ongeldig");
  const { token } = parsed.data;
  const confirmed = await guardedTokenLookup(token, confirmSignup);
  if (!confirmed) redirect(`/panel/bevestigen/${token}`);
  await startMemberSession(confirmed.memberId);
  redirect("/panel/mijn?welkom=1");
}
