"use server";

import { redirect } from "next/navigation";
import { redeemLoginLink } from "@/lib/data/member-links";
import { formDataArgument } from "@/lib/http/action-arguments";
import { startMemberSession } from "@/lib/panel/member-session";
import { mailedTokenSchema } from "@/lib/panel/signup-schema";
import { guardedTokenLookup } from "@/lib/panel/token-guard";

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
