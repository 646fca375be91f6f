"use server";

import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { createAction } from "@/lib/accounts";
import {
  decideStaffEntry,
  type EntryFormState,
  enterStaffResponse,
  entryDecisionSchema,
  entryEnvelopeSchema,
} from "@/lib/fieldwork";
import { nextAttempt } from "@/lib/http/action-arguments";

// Each data function checks response:enter again and scopes everything by the survey.

/** The answer fields of the entry screen: every posted text field but its own (_…) and Next's ($…). */
function answerFields(form: FormData): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const [name, value] of form.entries()) {
    if (name.startsWith("_") || name.startsWith("$") || typeof value !== "string") continue;
    fields[name] = value;
  }
  return fields;
}

/**
 * One paper or phone form: the form again with its problems, or an empty form for the next
 * paper with what became of this one. A post that is not well-formed counts as a wrong code; a
 * caller without the permission gets the wrapper's refusal; a fault is thrown on, so Next shows
 * its error page.
 */
export const enterResponseAction = createAction(
  {
    schema: entryEnvelopeSchema,
    permission: "response:enter",
    refused: {
      state: async (refusal, previous): Promise<EntryFormState> => {
        if (refusal.reason === "unexpected") throw refusal.error;
        const attempt = nextAttempt(previous);
        if (refusal.reason === "input") return { attempt, errors: [], problem: "codeFormat" };
        // Signed out or not allowed: the wrapper's own message, as every staff form shows it.
        const t = await getTranslations();
        const message = refusal.formError ?? "auth.errors.forbidden";
        return { attempt, errors: [], refusal: t.has(message) ? t(message) : message };
      },
    },
  },
  async (envelope, { form, previous }): Promise<EntryFormState> => {
    const attempt = nextAttempt(previous);
    const fields = answerFields(form);
    const result = await enterStaffResponse({ ...envelope, fields });
    const typed = { code: envelope.code, doubleEntry: envelope.doubleEntry, fields };
    if (result.kind === "refused") return { attempt, errors: [], problem: result.problem, typed };
    if (result.kind === "invalid") return { attempt, errors: result.errors, typed };
    return { attempt, errors: [], saved: result };
  },
);

/** A decision between two differing entries; back to the entry screen, which says it was saved. */
export const decideEntryAction = createAction(
  { schema: entryDecisionSchema, permission: "response:enter" },
  async (input) => {
    const { decided } = await decideStaffEntry(input);
    const base = `/beheer/surveys/${input.surveyId}/invoeren`;
    redirect(decided ? `${base}?besloten=1` : `${base}/verschillen/${encodeURIComponent(input.code)}`);
  },
);
