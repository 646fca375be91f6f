import nlMessages from "@/messages/nl/http.json";

/*
 * When proxy.ts refuses a server action that the page's script sent (too large, or unreadable), its
 * text/plain answer becomes the message of the error Next's client throws, and the error page
 * (app/error.tsx) shows it. This tells that message apart from every other error, whose text is
 * technical (or, from the server, a digest) and must not be shown.
 */

export type RefusedActionKind = "tooLarge" | "invalidAction";

/** Which refusal the error's message is (lib/http/error-response.ts writes it in Dutch first), or null. */
export function refusedActionKind(errorMessage: string): RefusedActionKind | null {
  for (const kind of ["tooLarge", "invalidAction"] as const) {
    // lib/http/error-response.ts writes the answer as "<title>. <text>…".
    if (errorMessage.startsWith(`${nlMessages[kind].title}. `)) return kind;
  }
  return null;
}
