import "server-only";
import { redirect, unstable_rethrow } from "next/navigation";
import { getTranslations } from "next-intl/server";
import type { z } from "zod";
import { formDataArgument } from "@/lib/http/action-arguments";
import type {
  ActionAudience,
  ActionResult,
  FieldErrors,
  PostAction,
  Refusal,
  ServerAction,
  StateAction,
} from "../action-result";
import { issuesToErrors, toPlainInput } from "../action-result";
import { AuthorizationError, InputError } from "../errors";
import type { Permission } from "../permissions";
import type { SessionUser } from "../types";
import { assertPermission, getSessionUser } from "./session";

/*
 * The one server-action wrapper, for staff, panel members and residents alike. Every server action
 * is made with `createAction`, which does, in this order: read the session; check the permission;
 * validate the input with the same zod schema the form uses (`safeParse`, every error of every
 * field); then run the work. The permission comes before the input so that a caller without it
 * learns nothing from validation messages about what the action expects, and so that every
 * refused call is refused for the same reason whatever it sends (the security matrix replays each
 * action with arbitrary input and relies on that).
 *
 * Who may call, one of:
 * - `permission: "user:manage"` (any Permission): a staff account whose role has it; the work
 *   gets `{ user }` (SessionUser);
 * - `permission: "public"`: anyone (a resident, someone joining the panel); `{ user }` is the staff
 *   account when one is signed in, else null;
 * - `audience: panelMember` (lib/panels/data/member-session.ts): a panel member signed in by
 *   mailed link; the work gets `{ member }`, and a caller without the member session is refused
 *   with the audience's own message. A data function that finds the session gone (the audience's
 *   `isSignedOut` error) is refused the same way.
 *
 * Usage, in an `actions.ts` file starting with "use server":
 *
 *   export const createUserAction = createAction(
 *     { schema: createUserSchema, permission: "user:manage" },
 *     async (input, { user }) => createUser(input),           // user: SessionUser
 *   );
 *
 *   export const leaveAction = createAction(
 *     { schema: leaveSchema, audience: panelMember },
 *     async (input, { member }) => leaveMyPanel(),             // member: SessionMember
 *   );
 *
 * What the caller gets back, one of:
 * - by default `{ ok: true, data }` or `{ ok: false, fieldErrors, formError? }`, with the messages
 *   already translated. Call it from a client form with `useActionState(action, null)`
 *   (`<form action={formAction}>` works without JavaScript too), or directly:
 *   `await action(null, formData)` or `await action(null, { email: "…" })`;
 * - `refused: { state: (refusal, previous) => state }`: a form that keeps its own state (a
 *   resident's survey page). The work returns the next state itself, and a refusal becomes the
 *   state this function makes of it (or it throws, e.g. `refusal.error` to keep Next's error page
 *   for a fault). Typed as `StateAction<S>`, for `useActionState(action, initialState)`;
 * - `refused: { redirect: (refusal) => "/path" }`: a plain form post without a state. The work
 *   ends in a `redirect()` of its own; a refusal redirects to the path this function gives (or it
 *   throws). Typed as `PostAction`, for `<form action={action}>`.
 * These two are form actions: input that is not a FormData (anyone can post arguments of their
 * choosing with a Next-Action header) counts as an empty form. The work's context carries the
 * posted `form` (a survey page reads its answers from it) and the caller's `previous` state, as
 * sent, so unchecked.
 *
 * In the work function:
 * - throw `InputError({ fieldErrors: { email: ["beheer.users.errors.emailTaken"] } })` or
 *   `InputError({ formError: "…" })` to refuse with a message a person can act on (next-intl keys
 *   are translated; plain text is kept);
 * - `AuthorizationError` (from `requirePermission()` in a data function) becomes a refusal;
 * - `redirect()`, `notFound()` and the like pass through;
 * - any other error is logged on the server and the person sees only a general message
 *   (no stack trace, no SQL), unless a `refused` function decides otherwise.
 * Data functions still call `requirePermission()` / `requireMember()` themselves: the wrapper is
 * the first check, not the only one.
 */

type Schema = z.ZodType<unknown, unknown>;

/** Who may call. */
type Access =
  | { permission: Permission | "public"; audience?: undefined }
  // biome-ignore lint/suspicious/noExplicitAny: any member type; the work gets the audience's own
  | { audience: ActionAudience<any>; permission?: undefined };

/** Who is calling, as the work gets it. */
type CallerOf<A> = A extends { audience: ActionAudience<infer M> }
  ? { member: M }
  : A extends { permission: "public" }
    ? { user: SessionUser | null }
    : { user: SessionUser };

/** What every work function gets besides the caller. */
type FormContext = {
  /** The posted form, or an empty one when the input was not a form. */
  form: FormData;
  /** The caller's previous state as sent (`useActionState`), unchecked; null when none was sent. */
  previous: unknown;
};

type Work<A, S extends Schema, T> = (
  input: z.output<S>,
  context: CallerOf<A> & FormContext,
) => Promise<T> | T;

type StateReply<R> = { state: (refusal: Refusal, previous: unknown) => R | Promise<R> };
type RedirectReply = { redirect: (refusal: Refusal) => string };

export function createAction<A extends Access, S extends Schema, T>(
  config: A & { schema: S; refused?: undefined },
  work: Work<A, S, T>,
): ServerAction<T>;
export function createAction<A extends Access, S extends Schema, R>(
  config: A & { schema: S; refused: StateReply<R> },
  work: Work<A, S, R>,
): StateAction<R>;
export function createAction<A extends Access, S extends Schema>(
  config: A & { schema: S; refused: RedirectReply },
  work: Work<A, S, void>,
): PostAction;
export function createAction(
  config: Access & { schema: Schema; refused?: StateReply<unknown> | RedirectReply },
  work: (input: never, context: never) => unknown,
): ServerAction<unknown> | StateAction<unknown> | PostAction {
  const { refused } = config;
  const isForm = refused !== undefined;

  /** The refusal as the caller sees it: a translated result, a form state, or a redirect. */
  const answerRefusal = async (refusal: Refusal, previous: unknown): Promise<unknown> => {
    if (refusal.reason === "unexpected") console.error("[action] unexpected error:", refusal.error);
    if (refused && "state" in refused) return refused.state(refusal, previous);
    if (refused && "redirect" in refused) redirect(refused.redirect(refusal));
    if (refusal.reason === "unexpected")
      return translated({ fieldErrors: {}, formError: "auth.errors.unexpected" });
    return translated(refusal);
  };

  // Rest parameters: a form posted without JavaScript may call the action with the form data
  // only, and a direct call from code with both arguments.
  const action = async (...args: unknown[]): Promise<unknown> => {
    const previous = args.length >= 2 ? (args[0] ?? null) : null;
    const raw = args.length >= 2 ? args[1] : args[0];
    const form = formDataArgument(raw);
    let refusal: Refusal;
    try {
      const caller = await callerOf(config);
      if ("refusal" in caller) {
        refusal = caller.refusal;
      } else {
        const parsed = config.schema.safeParse(toPlainInput(isForm ? form : raw));
        if (!parsed.success) {
          refusal = { reason: "input", ...issuesToErrors(parsed.error.issues) };
        } else {
          const data = await work(parsed.data as never, { ...caller.context, form, previous } as never);
          return isForm ? data : { ok: true, data };
        }
      }
    } catch (error) {
      unstable_rethrow(error);
      refusal = refusalFor(error, config.audience);
    }
    return answerRefusal(refusal, previous);
  };
  return action as ServerAction<unknown> & StateAction<unknown> & PostAction;
}

/** Session, then permission: who is calling, or why they are refused before their input is read. */
async function callerOf(
  access: Access,
): Promise<{ context: Record<string, unknown> } | { refusal: Refusal }> {
  if (access.audience) {
    const member = await access.audience.session();
    if (!member) return { refusal: signedOut(access.audience.signedOut) };
    return { context: { member } };
  }
  const user = await getSessionUser();
  if (access.permission !== "public") {
    if (!user) throw new AuthorizationError("signed-out");
    assertPermission(user, access.permission);
  }
  return { context: { user } };
}

function refusalFor(error: unknown, audience: ActionAudience<unknown> | undefined): Refusal {
  if (audience?.isSignedOut(error)) return signedOut(audience.signedOut);
  if (error instanceof AuthorizationError) {
    return error.reason === "signed-out"
      ? signedOut("auth.errors.signedOut")
      : { reason: "forbidden", fieldErrors: {}, formError: "auth.errors.forbidden" };
  }
  if (error instanceof InputError) {
    return { reason: "input", fieldErrors: error.fieldErrors, formError: error.formError };
  }
  return { reason: "unexpected", error };
}

function signedOut(message: string): Refusal {
  return { reason: "signed-out", fieldErrors: {}, formError: message };
}

/** A refusal as the default result: `{ ok: false, … }` with every message translated. */
async function translated(errors: {
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
