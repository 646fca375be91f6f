"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { clientAddressFrom, createAction, InputError } from "@/lib/accounts";
import { loginRequestSchema, requestLoginLink } from "@/lib/panels";

/** Asks for a sign-in link; the next page says the same whether or not the address is a member. */
export const requestLoginLinkAction = createAction(
  { schema: loginRequestSchema, permission: "public" },
  async (input) => {
    if (!(await requestLoginLink(input.email, { client: clientAddressFrom(await headers()) }))) {
      throw new InputError({ formError: "panel.login.tooMany" });
    }
    redirect("/panel/inloggen/verstuurd");
  },
);
