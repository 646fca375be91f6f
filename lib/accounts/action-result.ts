import type { z } from "zod";

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

/**
 * For `refused: { redirect: refusedTo("/path") }`: a refused form post goes to that path, while
 * a fault (an unexpected error) is thrown on, so Next shows its error page as for any other fault.
 */
export function refusedTo(path: string): (refusal: Refusal) => string {
  return (refusal) => {
    if (refusal.reason === "unexpected") throw refusal.error;
    return path;
  };
}

/** FormData → plain object: repeated names become arrays; React's own `$ACTION_…` fields are dropped. */
export function toPlainInput(raw: unknown): unknown {
  if (!(raw instanceof FormData)) return raw ?? {};
  const out: Record<string, unknown> = {};
  for (const [name, value] of raw.entries()) {
    if (name.startsWith("$ACTION_")) continue;
    const existing = out[name];
    if (existing === undefined) out[name] = value;
    else if (Array.isArray(existing)) existing.push(value);
    else out[name] = [existing, value];
  }
  return out;
}

/** Every issue of every field, keyed by its dotted path; issues about the whole input become the form error. */
export function issuesToErrors(issues: readonly z.core.$ZodIssue[]): {
  fieldErrors: FieldErrors;
  formError?: string;
} {
  const fieldErrors: FieldErrors = {};
  const formErrors: string[] = [];
  for (const issue of issues) {
    const path = issue.path.map(String).join(".");
    if (!path) {
      formErrors.push(issue.message);
      continue;
    }
    const list = fieldErrors[path] ?? [];
    if (!list.includes(issue.message)) list.push(issue.message);
    fieldErrors[path] = list;
  }
  return { fieldErrors, formError: formErrors.length ? formErrors.join(" ") : undefined };
}
