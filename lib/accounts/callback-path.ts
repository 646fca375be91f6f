import { localReturnPath } from "@/lib/http/local-path";

/** Request header set by proxy.ts: tells the staff-area layout which path was asked for, for its sign-in redirect. */
export const PATH_HEADER = "x-peiling-path";

/**
 * Where to send someone after signing in: a path on this site (lib/http/local-path.ts), never
 * back into the sign-in or sign-out pages or the auth API.
 */
export function safeCallbackPath(value: unknown): string | null {
  return localReturnPath(value, /^\/(inloggen|uitloggen|api\/auth)(\/|$)/);
}
