"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { CheckboxField } from "@/components/forms/choice-fields";
import { firstError } from "@/components/forms/first-error";
import type { ServerAction } from "@/lib/accounts/client";
import { useTranslateError } from "./use-translate-error";
import "./builder.css";

/** Duplicate the survey, and (for a concept that never went anywhere) delete it. Both work without JavaScript. */
export function ManageSurvey({
  surveyId,
  title,
  deletable,
  duplicateAction,
  deleteAction,
}: {
  surveyId: number;
  title: string;
  deletable: boolean;
  duplicateAction: ServerAction<never>;
  deleteAction: ServerAction<never>;
}) {
  const t = useTranslations("builder.manage");
  const translate = useTranslateError();
  const [duplicateState, duplicate] = useActionState(duplicateAction, null);
  const [deleteState, remove] = useActionState(deleteAction, null);
  const duplicateError = firstError(duplicateState, "surveyId");
  const deleteError = firstError(deleteState, "confirm");
  return (
    <section aria-labelledby="manage-title" className="builder-manage">
      <h2 id="manage-title">{t("title")}</h2>
      <form action={duplicate} data-form="duplicate-survey">
        <input type="hidden" name="surveyId" value={surveyId} />
        <p className="field__help">{t("duplicateHelp")}</p>
        {duplicateError ? (
          <p className="field__error" role="alert">
            {translate(duplicateError)}
          </p>
        ) : null}
        <button type="submit" className="button button--secondary">
          {t("duplicate")}
        </button>
      </form>
      {deletable ? (
        <form action={remove} data-form="delete-survey" className="builder-manage__delete">
          <input type="hidden" name="surveyId" value={surveyId} />
          <p className="field__help">{t("deleteHelp")}</p>
          <CheckboxField
            id="delete-confirm"
            name="confirm"
            value="ja"
            label={t("deleteConfirm", { title })}
            error={deleteError ? translate(deleteError) : undefined}
          />
          <button type="submit" className="button button--secondary">
            {t("delete")}
          </button>
        </form>
      ) : null}
    </section>
  );
}
