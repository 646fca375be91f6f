import type { ActionResult } from "@/lib/accounts";

/** For a one-control form: the message to show beside it (its field's, the form's, or any other). */
export function firstError(state: ActionResult<unknown> | null, field: string): string | null {
  if (!state || state.ok) return null;
  return (
    state.fieldErrors[field]?.[0] ?? state.formError ?? Object.values(state.fieldErrors).flat()[0] ?? null
  );
}
