import nlMessages from "@/messages/nl/http.json";

/*
 * When proxy.ts refuses a server action that the page's script sent (too large, or unreadable), its
 * text/plain answer becomes the message of the error Next's client throws, and the error page
 * (app/error.tsx) shows it. This tells that message apart from every other error, whose text is
 * technical (or, from the server, a digest) and must not be shown.
 */

type RefusedAction = { title: string; text: string; inForm?: string; toForm?: string };

/** The Dutch explanation of a refused action, or null when the error is something else. */
export function refusedActionMessage(errorMessage: string): RefusedAction | null {
  for (const kind of ["tooLarge", "invalidAction"] as const) {
    const message: RefusedAction = nlMessages[kind];
    // lib/http/error-response.ts writes the answer as "<title>. <text>…".
    if (errorMessage.startsWith(`${message.title}. `)) return message;
  }
  return null;
}
