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

/**
 * A form that keeps its own state between posts (a resident's survey page, the resume-code form):
 * `useActionState(action, initialState)`; the action answers with the next state, or redirects.
 */
export type StateAction<S> = (previous: S, input: FormData) => Promise<S>;

/** A plain form post (`<form action={action}>`, no state): the action always ends in a redirect. */
export type PostAction = (input: FormData) => Promise<void>;

/**
 * Why `createAction` did not run (or finish) the work, before it becomes what the caller sees.
 * Messages are next-intl keys or plain text, not yet translated.
 */
export type Refusal =
  | {
      reason: "signed-out" | "forbidden" | "input";
      fieldErrors: FieldErrors;
      formError?: string;
    }
  | { reason: "unexpected"; error: unknown };

/**
 * People who sign in outside the staff accounts (a panel member by mailed link): how the wrapper
 * finds who is calling, and what it tells someone who is not (or no longer) signed in.
 */
export type ActionAudience<M> = {
  /** The signed-in member of this request, or null. */
  session: () => Promise<M | null>;
  /** The refusal's message (a next-intl key) when there is no session. */
  signedOut: string;
  /** Errors from data functions that mean the same as "no session" (they check it again). */
  isSignedOut: (error: unknown) => boolean;
};
