"use client";

import { useTranslations } from "next-intl";
import { useEffect, useMemo, useState } from "react";
import type { ZodType } from "zod";
import { ErrorSummary } from "@/components/forms/error-summary";
import { FieldFrame } from "@/components/forms/form-field";
import { useCheckedForm } from "@/components/forms/use-checked-form";
import { ConflictAlert } from "@/components/surveys/builder/conflict-alert";
import { useTranslateError } from "@/components/surveys/builder/use-translate-error";
import { useUnsavedChangesWarning } from "@/components/surveys/builder/use-unsaved-changes";
import { localeDirection } from "@/i18n/locales";
import type { ServerAction } from "@/lib/accounts/client";
import {
  type TranslationFormValues,
  type TranslationLocale,
  translationFormSchema,
  translationLimits,
} from "@/lib/surveys/client";

export type TranslationFormRow = {
  key: string;
  source: string;
  maxLength: number;
  text: string;
  /** The field's label, e.g. "Vraag 4: antwoord 2". */
  label: string;
};

type SaveResult = {
  changed: boolean;
  revision: number;
  versionNumber: number;
  newVersion: boolean;
  translated: number;
  missing: number;
};

const fieldId = (index: number) => `translation-${index}`;

/** Long texts (introductions, privacy text, long questions) get a text area; the rest a line. */
function isLong(row: TranslationFormRow): boolean {
  return row.maxLength > 1000 || row.source.length > 80 || row.source.includes("\n");
}

/**
 * One language's texts beside the Dutch source: the missing ones first, each field labelled by
 * its place in the survey and described by its source text. Saving names the revision the form
 * started from, so a save over someone else's newer one is refused (ConflictAlert) and nothing is
 * lost: the form keeps what was typed.
 */
export function TranslationForm({
  surveyId,
  revision,
  language,
  languageName,
  rows,
  action,
}: {
  surveyId: number;
  revision: number;
  language: TranslationLocale;
  languageName: string;
  rows: TranslationFormRow[];
  action: ServerAction<SaveResult>;
}) {
  const t = useTranslations("builder.translations");
  const translate = useTranslateError();
  // The schema reads the form's flat field names too (a post without JavaScript); here it gets the values.
  const schema = useMemo(
    () =>
      translationFormSchema(translationLimits(rows)) as unknown as ZodType<unknown, TranslationFormValues>,
    [rows],
  );
  // The grouping stays as the page opened, so a field does not jump away while someone works on it.
  const [order] = useState(() => {
    const indexed = rows.map((row, index) => ({ row, index }));
    return {
      missing: indexed.filter(({ row }) => row.text === ""),
      done: indexed.filter(({ row }) => row.text !== ""),
    };
  });
  const fields = useMemo(
    () => Object.fromEntries(rows.map((_, index) => [`texts.${index}.text`, fieldId(index)])),
    [rows],
  );
  const defaultValues: TranslationFormValues = {
    surveyId,
    revision,
    language,
    origin: "editor",
    texts: rows.map(({ key, text }) => ({ key, text })),
  };
  const form = useCheckedForm<TranslationFormValues, SaveResult>({
    action,
    schema,
    defaultValues,
    fields,
    errorOptions: { translate },
  });
  const { register, reset, getValues, state, pending, errorFor, items, focusKey, formProps } = form;
  const { isDirty } = form.formState;
  const allowLeave = useUnsavedChangesWarning(isDirty, t("unsavedNote"));

  useEffect(() => {
    if (!state?.ok) return;
    // What was saved is the new baseline, at the survey's new revision.
    reset({ ...getValues(), revision: state.data.revision }, { keepValues: false });
  }, [state, reset, getValues]);

  const conflictMessage = state && !state.ok ? state.fieldErrors.revision?.[0] : undefined;
  const conflict = conflictMessage ? translate(conflictMessage) : undefined;
  const direction = localeDirection(language);

  const renderRow = ({ row, index }: { row: TranslationFormRow; index: number }) => {
    const id = fieldId(index);
    const sourceId = `${id}-source`;
    const error = errorFor(`texts.${index}.text`);
    const missing = row.text === "";
    return (
      <div className="translation-row" key={row.key} data-key={row.key}>
        <div className="translation-row__source">
          <p className="translation-row__source-label" aria-hidden="true">
            {t("sourceLabel")}
          </p>
          <p className="translation-row__source-text" id={sourceId} lang="nl" dir="ltr">
            {row.source}
          </p>
        </div>
        <div className="translation-row__target">
          <input type="hidden" {...register(`texts.${index}.key`)} />
          <FieldFrame
            id={id}
            label={
              <>
                {row.label} ({languageName})
                {missing ? <span className="translation-row__missing"> {t("missingBadge")}</span> : null}
              </>
            }
            help={t("keyNote", { key: row.key })}
            error={error}
          >
            {(describedBy) => {
              const control = {
                id,
                lang: language,
                dir: direction,
                className: isLong(row) ? "textarea" : "input",
                "aria-invalid": error ? true : undefined,
                "aria-describedby": [sourceId, describedBy].filter(Boolean).join(" "),
                ...register(`texts.${index}.text`),
              } as const;
              return isLong(row) ? (
                <textarea rows={Math.min(12, Math.max(3, Math.ceil(row.source.length / 70)))} {...control} />
              ) : (
                <input type="text" autoComplete="off" {...control} />
              );
            }}
          </FieldFrame>
        </div>
      </div>
    );
  };

  return (
    <form {...formProps} className="translation-form" data-form="survey-translations">
      <input type="hidden" {...register("surveyId")} />
      <input type="hidden" {...register("revision")} />
      <input type="hidden" {...register("language")} />
      <input type="hidden" {...register("origin")} />
      {conflict ? (
        <ConflictAlert
          message={conflict}
          href={`/beheer/surveys/${surveyId}/vertalingen?taal=${language}`}
          onLeave={allowLeave}
        />
      ) : null}
      <ErrorSummary
        items={conflict ? items.filter((item) => item.message !== conflict) : items}
        title={t("errorSummaryTitle")}
        focusKey={focusKey}
      />
      <section aria-labelledby="translations-missing-title">
        <h3 id="translations-missing-title">{t("missingTitle", { count: order.missing.length })}</h3>
        {order.missing.length === 0 ? <p>{t("noneMissing")}</p> : order.missing.map(renderRow)}
      </section>
      <section aria-labelledby="translations-done-title">
        <h3 id="translations-done-title">{t("doneTitle", { count: order.done.length })}</h3>
        {order.done.length === 0 ? <p>{t("noneDone")}</p> : order.done.map(renderRow)}
      </section>
      <div className="button-row translation-form__save">
        <button type="submit" className="button">
          {t("save")}
        </button>
        <SaveStatus pending={pending} state={state} dirty={isDirty} total={rows.length} />
      </div>
    </form>
  );
}

function SaveStatus({
  pending,
  state,
  dirty,
  total,
}: {
  pending: boolean;
  state: Awaited<ReturnType<ServerAction<SaveResult>>> | null;
  dirty: boolean;
  total: number;
}) {
  const t = useTranslations("builder.translations");
  let text = "";
  if (pending) text = t("saving");
  else if (state?.ok && !dirty) {
    const { changed, newVersion, versionNumber, translated } = state.data;
    text = !changed
      ? t("unchanged")
      : t(newVersion ? "savedNewVersion" : "saved", { version: versionNumber, translated, total });
  } else if (dirty) text = t("unsavedNote");
  return (
    <p className="translation-form__status" role="status">
      {text}
    </p>
  );
}
