"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { createAction } from "@/lib/accounts/data/action";
import { InputError } from "@/lib/accounts/errors";
import { clientAddressFrom } from "@/lib/accounts/rate-limit-keys";
import { requestLoginLink } from "@/lib/panels/data/member-links";
import { loginRequestSchema } from "@/lib/panels/signup-schema";

/** Asks for a sign-in link; the next page says the same whether or not the address is a member. */
export const requestLoginLinkAction = createAction(
  { schema: loginRequestSchema, permission: "public" },
  async (input) => {
    if (!requestLoginLink(input.email, { client: clientAddressFrom(await headers()) })) {
      throw new InputError({ formError: "panel.login.tooMany" });
    }
    redirect("/panel/inloggen/verstuurd");
  },
);
