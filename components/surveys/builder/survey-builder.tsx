"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { startTransition, useActionState, useEffect, useMemo, useRef, useState } from "react";
import { FormProvider, useForm } from "react-hook-form";
import { ErrorSummary } from "@/components/forms/error-summary";
import { useFormErrors } from "@/components/forms/use-form-errors";
import type { ActionResult, ServerAction } from "@/lib/accounts/client";
import {
  type BuilderForm,
  builderFieldId,
  builderFormSchema,
  candidateFieldIds,
  type SaveDraftResult,
} from "@/lib/surveys/client";
import { BuilderErrorsProvider } from "./builder-errors";
import { ConflictAlert } from "./conflict-alert";
import { GeneralFields } from "./general-fields";
import { LiveRegionProvider } from "./live-region";
import { PageList } from "./page-list";
import { SkipPromiseNotice } from "./skip-promise-notice";
import { useTranslateError } from "./use-translate-error";
import "./builder.css";
import { useUnsavedChangesWarning } from "./use-unsaved-changes";

/** Form fields the save action reads; the builder form itself travels as JSON in `payload`. */
export const SAVE_FIELDS = { surveyId: "surveyId", revision: "revision", payload: "payload" } as const;
const PAYLOAD_PREFIX = `${SAVE_FIELDS.payload}.`;

/**
 * The survey builder. react-hook-form holds the whole survey; the shared zod schema checks it in
 * the browser, and the server checks it again (and with parseDefinition) when it is saved. Saving
 * is explicit and names the revision this editor started from, so a save that would overwrite
 * someone else's newer one is refused (ConflictAlert).
 */
export function SurveyBuilder({
  surveyId,
  revision: initialRevision,
  initialForm,
  slugEditable,
  action,
}: {
  surveyId: number;
  revision: number;
  initialForm: BuilderForm;
  slugEditable: boolean;
  action: ServerAction<SaveDraftResult>;
}) {
  const t = useTranslations("builder.editor");
  const translate = useTranslateError();
  const methods = useForm<BuilderForm>({
    defaultValues: initialForm,
    resolver: zodResolver(builderFormSchema),
    mode: "onSubmit",
    reValidateMode: "onSubmit",
    // Focus goes to the error summary (NL Design System), not to the first field.
    shouldFocusError: false,
  });
  const [state, formAction, pending] = useActionState(action, null);
  const [revision, setRevision] = useState(initialRevision);
  const submitted = useRef<BuilderForm | null>(null);
  const { errors, isDirty, submitCount } = methods.formState;
  const allowLeave = useUnsavedChangesWarning(isDirty, t("unsavedWarning"));

  useEffect(() => {
    if (!state?.ok) return;
    setRevision(state.data.revision);
    // What was saved is the new baseline: the form is no longer "unsaved" unless edited since.
    if (submitted.current) methods.reset(submitted.current, { keepValues: true });
  }, [state, methods]);

  // The save action names the builder's fields under `payload`; the form knows them by their own path.
  const answer = useMemo(() => withFormPaths(state), [state]);
  const conflict = answer?.ok === false ? answer.fieldErrors.revision?.[0] : undefined;
  // A refused save because someone else saved first is told by ConflictAlert, not the summary.
  const { errorFor, items, focusKey } = useFormErrors(errors, conflict ? null : answer, {}, submitCount, {
    translate,
    linkTo: (path) => (path.startsWith("_") ? undefined : linkTarget(path)),
  });

  const submit = methods.handleSubmit((values) => {
    submitted.current = values;
    const data = new FormData();
    data.set(SAVE_FIELDS.surveyId, String(surveyId));
    data.set(SAVE_FIELDS.revision, String(revision));
    data.set(SAVE_FIELDS.payload, JSON.stringify(values));
    startTransition(() => formAction(data));
  });

  return (
    <FormProvider {...methods}>
      <BuilderErrorsProvider lookup={errorFor}>
        <LiveRegionProvider>
          <form
            action={formAction}
            onSubmit={submit}
            noValidate
            className="builder"
            data-form="survey-builder"
          >
            {/* Read by the server action when the form is posted without JavaScript (and by replay tests). */}
            <input type="hidden" name={SAVE_FIELDS.surveyId} value={surveyId} />
            <input type="hidden" name={SAVE_FIELDS.revision} value={revision} />
            <input type="hidden" name={SAVE_FIELDS.payload} value={JSON.stringify(initialForm)} />
            {conflict ? (
              <ConflictAlert
                message={translate(conflict)}
                href={`/beheer/surveys/${surveyId}/bewerken`}
                onLeave={allowLeave}
              />
            ) : null}
            <ErrorSummary
              items={items}
              title={t("errorSummaryTitle")}
              intro={() => t("errorSummaryIntro")}
              focusKey={focusKey}
            />
            <SkipPromiseNotice />
            <GeneralFields slugEditable={slugEditable} />
            <PageList />
            <div className="button-row builder-save">
              <button type="submit" className="button">
                {t("save")}
              </button>
              <SaveStatus pending={pending} state={state} dirty={isDirty} />
            </div>
          </form>
        </LiveRegionProvider>
      </BuilderErrorsProvider>
    </FormProvider>
  );
}

/** The save action's answer with its field errors named by their path in the builder form. */
function withFormPaths<T>(state: ActionResult<T> | null): ActionResult<T> | null {
  if (!state || state.ok) return state;
  const fieldErrors = Object.fromEntries(
    Object.entries(state.fieldErrors).map(([key, messages]) => [
      key.startsWith(PAYLOAD_PREFIX) ? key.slice(PAYLOAD_PREFIX.length) : key,
      messages,
    ]),
  );
  return { ...state, fieldErrors };
}

/** The id of the control to link an error at `path` to: the first that exists on the page. */
function linkTarget(path: string): string | undefined {
  if (typeof document === "undefined") return builderFieldId(path);
  return candidateFieldIds(path).find((id) => document.getElementById(id));
}

function SaveStatus({
  pending,
  state,
  dirty,
}: {
  pending: boolean;
  state: Awaited<ReturnType<ServerAction<SaveDraftResult>>> | null;
  dirty: boolean;
}) {
  const t = useTranslations("builder.editor");
  let text = "";
  if (pending) text = t("saving");
  else if (state?.ok && !dirty) {
    const { changed, newVersion, versionNumber } = state.data;
    text = !changed
      ? t("unchanged")
      : newVersion
        ? t("savedNewVersion", { version: versionNumber })
        : t("saved", { version: versionNumber });
  } else if (dirty) text = t("unsavedNote");
  return (
    <p className="builder-save__status" role="status">
      {text}
    </p>
  );
}
