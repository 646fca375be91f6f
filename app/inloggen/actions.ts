"use server";

import { redirect } from "next/navigation";
import { AuthError } from "next-auth";
import { signIn } from "@/auth";
import { safeCallbackPath } from "@/lib/accounts/callback-path";
import { createAction } from "@/lib/accounts/data/action";
import { homePathFor } from "@/lib/accounts/data/login";
import { findLoginAccount } from "@/lib/accounts/data/user-accounts";
import { InputError } from "@/lib/accounts/errors";
import { loginSchema } from "@/lib/accounts/schema";

/**
 * Signs in through next-auth's Credentials provider; the password check and the failed-login
 * limits run in auth.ts `authorize`, so they also hold for a direct POST to the auth API.
 * Every failure gives the same message.
 */
export const loginAction = createAction({ schema: loginSchema, permission: "public" }, async (input) => {
  try {
    await signIn("credentials", { email: input.email, password: input.password, redirect: false });
  } catch (error) {
    if (error instanceof AuthError && error.type === "CredentialsSignin") {
      throw new InputError({ formError: "auth.login.failed" });
    }
    throw error;
  }
  // The new cookie is only in the response, so the role comes from the account, not the session.
  const role = findLoginAccount(input.email)?.role;
  redirect(safeCallbackPath(input.callbackUrl) ?? homePathFor(role));
});
