"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { clientAddressFrom, createAction } from "@/lib/accounts";
import { signUp, signupSchema } from "@/lib/panels";

/**
 * Open sign-up and joining with a letter code. Whether the address was new, unconfirmed or
 * already a member, the person lands on the same "check your mail" page.
 */
export const signupAction = createAction({ schema: signupSchema, permission: "public" }, async (input) => {
  await signUp(input, { client: clientAddressFrom(await headers()) });
  redirect(`/panel/aanmelden/verstuurd?${new URLSearchParams({ panel: input.panel })}`);
});
