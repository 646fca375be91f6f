"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { createAction } from "@/lib/auth/action";
import { InputError } from "@/lib/auth/errors";
import { clientAddressFrom } from "@/lib/auth/rate-limit-keys";
import { requestLoginLink } from "@/lib/data/member-links";
import { loginRequestSchema } from "@/lib/panel/signup-schema";

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
