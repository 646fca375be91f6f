"use client";

import { useTranslations } from "next-intl";
import { useRef } from "react";
import { ErrorSummary } from "@/components/forms/error-summary";
import { TextField } from "@/components/forms/form-field";
import { useCheckedForm } from "@/components/forms/use-checked-form";
import type { ServerAction } from "@/lib/accounts/client";
import { newSurveySchema, suggestSurveySlug } from "@/lib/surveys/client";
import { useTranslateError } from "./use-translate-error";

const FIELDS = { title: "new-survey-title", slug: "new-survey-slug" };

/** Title and address of a new survey; the address follows the title until it is edited itself. */
export function NewSurveyForm({ action }: { action: ServerAction<never> }) {
  const t = useTranslations("builder");
  const slugEdited = useRef(false);
  const translate = useTranslateError();
  const { register, setValue, errorFor, items, focusKey, formProps } = useCheckedForm({
    action,
    schema: newSurveySchema,
    defaultValues: { title: "", slug: "" },
    fields: FIELDS,
    errorOptions: { translate },
  });
  return (
    <form {...formProps} data-form="new-survey">
      <ErrorSummary items={items} title={t("editor.errorSummaryTitle")} focusKey={focusKey} />
      <TextField
        id={FIELDS.title}
        label={t("new.titleLabel")}
        requiredLabel={t("common.required")}
        error={errorFor("title")}
        autoComplete="off"
        {...register("title", {
          onChange: (event) => {
            if (!slugEdited.current) setValue("slug", suggestSurveySlug(event.target.value));
          },
        })}
      />
      <TextField
        id={FIELDS.slug}
        label={t("new.slugLabel")}
        requiredLabel={t("common.required")}
        help={t("new.slugHelp")}
        error={errorFor("slug")}
        autoComplete="off"
        spellCheck={false}
        {...register("slug", {
          onChange: () => {
            slugEdited.current = true;
          },
        })}
      />
      <button type="submit" className="button">
        {t("new.submit")}
      </button>
    </form>
  );
}
