import { parseRouteId } from "@/lib/http/route-id";
import type { ModerationStatus } from "./schema";

/** The message shown in the queue after a change, named in the URL (`gedaan`). */
export const DONE_KINDS = ["approved", "rejected", "quote", "unquote"] as const;
export type DoneKind = (typeof DONE_KINDS)[number];

/** The id of the message after a change: the URL's anchor, so the page opens where staff were. */
export const DONE_ANCHOR = "moderatie-melding";

/**
 * The queue page of one open question: a status list and page, and after a change the message
 * about the answer that changed (placed where that answer was, and scrolled to).
 */
export function queueHref(
  surveyId: number,
  questionId: string,
  options: { status?: ModerationStatus; page?: number; done?: DoneKind; reviewId?: number } = {},
): string {
  const params = new URLSearchParams();
  if (options.status && options.status !== "pending") params.set("status", options.status);
  if (options.page && options.page > 1) params.set("page", String(options.page));
  if (options.done && options.reviewId) {
    params.set("gedaan", options.done);
    params.set("antwoord", String(options.reviewId));
  }
  const query = params.toString();
  const base = `/beheer/surveys/${surveyId}/resultaten/open-antwoorden/${encodeURIComponent(questionId)}`;
  return `${base}${query ? `?${query}` : ""}${options.done ? `#${DONE_ANCHOR}` : ""}`;
}

/** The change a queue URL reports, if it names a known one. */
export function doneFrom(done: unknown, reviewId: unknown): { done: DoneKind; reviewId: number } | null {
  const kind = DONE_KINDS.find((k) => k === done);
  const id = typeof reviewId === "string" ? parseRouteId(reviewId) : null;
  return kind && id !== null ? { done: kind, reviewId: id } : null;
}
