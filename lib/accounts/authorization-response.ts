import { plainTextResponse } from "@/lib/http/download-response";
import { AuthorizationError } from "./errors";

/**
 * A route handler's answer when a data function refused the caller: 401 when nobody is signed
 * in, 403 without the permission. Null for any other error, which the handler throws on.
 */
export function authorizationResponse(
  error: unknown,
  texts: { signedOut: string; forbidden: string } = {
    signedOut: "Log eerst in.",
    forbidden: "Geen toegang.",
  },
): Response | null {
  if (!(error instanceof AuthorizationError)) return null;
  return error.reason === "signed-out"
    ? plainTextResponse(401, texts.signedOut)
    : plainTextResponse(403, texts.forbidden);
}
