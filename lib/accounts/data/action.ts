import "server-only";
import { unstable_rethrow } from "next/navigation";
import { getTranslations } from "next-intl/server";
import type { z } from "zod";
import type { ActionResult, FieldErrors, ServerAction } from "../action-result";
import { AuthorizationError, InputError } from "../errors";
import type { Permission } from "../permissions";
import { assertPermission, getSessionUser, type SessionUser } from "./session";

/*
 * The one server-action wrapper. Every server action is made with `createAction`, which does, in
 * this order: read the session; check the permission; validate the input with the same zod schema
 * the form uses (`safeParse`, every error of every field); then run the work. The permission comes
 * before the input so that a caller without it learns nothing from validation messages about what
 * the action expects, and so that every refused call is refused for the same reason whatever it
 * sends (the security matrix replays each action with arbitrary input and relies on that).
 *
 * Usage, in an `actions.ts` file starting with "use server":
 *
 *   export const createUserAction = createAction(
 *     { schema: createUserSchema, permission: "user:manage" },
 *     async (input, { user }) => createUser(input),           // user: SessionUser
 *   );
 *
 *   // No sign-in needed (a resident's survey page): the user is null when nobody is signed in.
 *   export const saveAnswersAction = createAction(
 *     { schema: answersSchema, permission: "public" },
 *     async (input, { user }) => ...,                           // user: SessionUser | null
 *   );
 *
 * The result is `{ ok: true, data }` or `{ ok: false, fieldErrors, formError? }`, with the
 * messages already translated. Call it from a client form with `useActionState(action, null)`
 * (`<form action={formAction}>` works without JavaScript too), or directly:
 * `await action(null, formData)` or `await action(null, { email: "…" })`.
 *
 * In the work function:
 * - throw `InputError({ fieldErrors: { email: ["beheer.users.errors.emailTaken"] } })` or
 *   `InputError({ formError: "…" })` to refuse with a message a person can act on (next-intl keys
 *   are translated; plain text is kept);
 * - `AuthorizationError` (from `requirePermission()` in a data function) becomes a refusal;
 * - `redirect()`, `notFound()` and the like pass through;
 * - any other error is logged on the server and the person sees only a general message
 *   (no stack trace, no SQL).
 * Data functions still call `requirePermission()` themselves: the wrapper is the first check,
 * not the only one.
 */

export type { ActionInput, ActionResult, FieldErrors, ServerAction } from "../action-result";

type Schema = z.ZodType<unknown, unknown>;

export function createAction<S extends Schema, T>(
  config: { schema: S; permission: Permission },
  work: (input: z.output<S>, context: { user: SessionUser }) => Promise<T> | T,
): ServerAction<T>;
export function createAction<S extends Schema, T>(
  config: { schema: S; permission: "public" },
  work: (input: z.output<S>, context: { user: SessionUser | null }) => Promise<T> | T,
): ServerAction<T>;
export function createAction<S extends Schema, T>(
  config: { schema: S; permission: Permission | "public" },
  work: (input: z.output<S>, context: { user: SessionUser }) => Promise<T> | T,
): ServerAction<T> {
  // Rest parameters: a form posted without JavaScript may call the action with the form data
  // only, and a direct call from code with both arguments.
  return async (...args: unknown[]): Promise<ActionResult<T>> => {
    const raw = args.length >= 2 ? args[1] : args[0];
    try {
      const user = await getSessionUser();
      if (config.permission !== "public") {
        if (!user) throw new AuthorizationError("signed-out");
        assertPermission(user, config.permission);
      }

      const parsed = config.schema.safeParse(toPlainInput(raw));
      if (!parsed.success) return await refusal(issuesToErrors(parsed.error.issues));

      const data = await work(parsed.data as z.output<S>, { user: user as SessionUser });
      return { ok: true, data };
    } catch (error) {
      unstable_rethrow(error);
      if (error instanceof AuthorizationError) {
        return refusal({
          fieldErrors: {},
          formError: error.reason === "signed-out" ? "auth.errors.signedOut" : "auth.errors.forbidden",
        });
      }
      if (error instanceof InputError) {
        return refusal({ fieldErrors: error.fieldErrors, formError: error.formError });
      }
      console.error("[action] unexpected error:", error);
      return refusal({ fieldErrors: {}, formError: "auth.errors.unexpected" });
    }
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

async function refusal(errors: {
  fieldErrors: FieldErrors;
  formError?: string;
}): Promise<ActionResult<never>> {
  const t = await getTranslations();
  const translate = (message: string) => (t.has(message) ? t(message) : message);
  const fieldErrors = Object.fromEntries(
    Object.entries(errors.fieldErrors).map(([field, messages]) => [field, messages.map(translate)]),
  );
  return {
    ok: false,
    fieldErrors,
    ...(errors.formError ? { formError: translate(errors.formError) } : {}),
  };
}
