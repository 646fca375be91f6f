import "server-only";
import { unstable_rethrow } from "next/navigation";
import { getTranslations } from "next-intl/server";
import type { z } from "zod";
import type { ActionResult, FieldErrors, ServerAction } from "@/lib/accounts/action-result";
import { issuesToErrors, toPlainInput } from "@/lib/accounts/data/action";
import { InputError } from "@/lib/accounts/errors";
import type { SessionMember } from "@/lib/panels/data/member-sessions";
import { getMemberSession, MemberSessionError } from "./member-session";

/*
 * The server-action wrapper for a panel member's self-service (/panel/mijn), the counterpart of
 * `createAction` (lib/accounts/data/action.ts) for members signed in by magic link: read the member
 * session, refuse without one, validate with the form's zod schema, then run the work. Same
 * result shape, so the same form hooks show its errors. The data functions check the session
 * again themselves (`requireMember()`).
 */

type Schema = z.ZodType<unknown, unknown>;

export function createMemberAction<S extends Schema, T>(
  schema: S,
  work: (input: z.output<S>, context: { member: SessionMember }) => Promise<T> | T,
): ServerAction<T> {
  return async (...args: unknown[]): Promise<ActionResult<T>> => {
    const raw = args.length >= 2 ? args[1] : args[0];
    try {
      const member = await getMemberSession();
      if (!member) throw new MemberSessionError();
      const parsed = schema.safeParse(toPlainInput(raw));
      if (!parsed.success) return await refusal(issuesToErrors(parsed.error.issues));
      return { ok: true, data: await work(parsed.data as z.output<S>, { member }) };
    } catch (error) {
      unstable_rethrow(error);
      if (error instanceof MemberSessionError) {
        return refusal({ fieldErrors: {}, formError: "panel.mine.errors.signedOut" });
      }
      if (error instanceof InputError)
        return refusal({ fieldErrors: error.fieldErrors, formError: error.formError });
      console.error("[member action] unexpected error:", error);
      return refusal({ fieldErrors: {}, formError: "auth.errors.unexpected" });
    }
  };
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
  return { ok: false, fieldErrors, ...(errors.formError ? { formError: translate(errors.formError) } : {}) };
}
