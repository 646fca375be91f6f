import { localReturnPath } from "@/lib/http/local-path";

/** Where the language switch sends someone back to: a path on this site, never /taal itself. */
export function safeReturnPath(value: unknown): string | null {
  return localReturnPath(value, /^\/taal(\/|$)/);
}
