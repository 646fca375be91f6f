"use server";

import { redirect } from "next/navigation";
import { formDataArgument } from "@/lib/http/action-arguments";
import { confirmEmailChange } from "@/lib/panels/data/member-links";
import { endMemberSession } from "@/lib/panels/data/member-session";
import { guardedTokenLookup } from "@/lib/panels/data/token-guard";
import { mailedTokenSchema } from "@/lib/panels/signup-schema";

/** Confirms the new address; the member's sessions end with it (they sign in again at the new one). */
export async function confirmEmailChangeAction(formData: FormData): Promise<void> {
  const parsed = mailedTokenSchema.safeParse({ token: formDataArgument(formData).get("token") });
  if (!parsed.success) redirect("/panel/inloggen");
  const { token } = parsed.data;
  const result = await guardedTokenLookup(token, (value) => {
    const changed = confirmEmailChange(value);
    return changed.ok ? changed : null;
  });
  if (!result) redirect(`/panel/email-bevestigen/${token}`);
  await endMemberSession();
  redirect("/panel/email-bevestigen/klaar");
}
