"use server";

import { redirect } from "next/navigation";
import { AuthError } from "next-auth";
import { signIn } from "@/auth";
import {
  createAction,
  findLoginAccount,
  homePathFor,
  InputError,
  loginSchema,
  safeCallbackPath,
} from "@/lib/accounts";

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
  const role = (await findLoginAccount(input.email))?.role;
  redirect(safeCallbackPath(input.callbackUrl) ?? homePathFor(role));
});
