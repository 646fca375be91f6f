/*
 * A server action's arguments arrive as the caller sent them. React's own forms send the previous
 * state and a FormData, but anyone can post to an action with a `Next-Action` header and a JSON
 * body such as `[]` or `[null, "x"]`; the runtime then calls the action with those values. An
 * action that trusts its declared types throws a TypeError on them, which Next answers with
 * HTTP 500. These read the arguments defensively, so such a call is refused by the action's own
 * validation like any other bad input.
 */

/** The posted form, or an empty one when the caller sent something else. */
export function formDataArgument(value: unknown): FormData {
  return value instanceof FormData ? value : new FormData();
}

/**
 * The next attempt number of a form state (`useActionState`): the posted state's `attempt` + 1,
 * counting from 1 when the caller sent no usable state.
 */
export function nextAttempt(state: unknown): number {
  const attempt = (state as { attempt?: unknown } | null | undefined)?.attempt;
  return (typeof attempt === "number" && Number.isSafeInteger(attempt) && attempt >= 0 ? attempt : 0) + 1;
}
