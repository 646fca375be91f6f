/** What every server action made with `createAction` (lib/accounts/data/action.ts) returns. */
export type FieldErrors = Record<string, string[]>;
export type ActionResult<T> =
  | { ok: true; data: T }
  | { ok: false; fieldErrors: FieldErrors; formError?: string };
export type ActionInput = FormData | Record<string, unknown>;
/** Call as `action(null, formData)`, or hand it to `useActionState(action, null)`. */
export type ServerAction<T> = (
  prevState: ActionResult<T> | null,
  input: ActionInput,
) => Promise<ActionResult<T>>;
