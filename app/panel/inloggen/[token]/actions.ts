"use server";

import { redirect } from "next/navigation";
import { formDataArgument } from "@/lib/http/action-arguments";
import { redeemLoginLink } from "@/lib/panels/data/member-links";
import { startMemberSession } from "@/lib/panels/data/member-session";
import { guardedTokenLookup } from "@/lib/panels/data/token-guard";
import { mailedTokenSchema } from "@/lib/panels/signup-schema";

/** Uses the sign-in link (once) and starts the member session; a broken link goes back to its page. */
export async function signInWithLinkAction(formData: FormData): Promise<void> {
  const parsed = mailedTokenSchema.safeParse({ token: formDataArgument(formData).get("token") });
  if (!parsed.success) redirect("/panel/inloggen");
  const { token } = parsed.data;
  const redeemed = await guardedTokenLookup(token, redeemLoginLink);
  if (!redeemed) redirect(`/panel/inloggen/${token}`);
  await startMemberSession(redeemed.memberId);
  redirect("/panel/mijn");
}
