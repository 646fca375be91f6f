"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useActionState, useRef } from "react";
import { useForm } from "react-hook-form";
import { ErrorSummary } from "@/components/forms/error-summary";
import { TextField } from "@/components/forms/form-field";
import { useActionForm } from "@/components/forms/use-action-form";
import { useFormErrors } from "@/components/forms/use-form-errors";
import type { ServerAction } from "@/lib/accounts/client";
import { type NewSurveyInput, newSurveySchema, suggestSurveySlug } from "@/lib/surveys/client";
import { useTranslateError } from "./use-translate-error";

const FIELDS = { title: "new-survey-title", slug: "new-survey-slug" };

/** Title and address of a new survey; the address follows the title until it is edited itself. */
export function NewSurveyForm({ action }: { action: ServerAction<never> }) {
  const t = useTranslations("builder");
  const [state, formAction] = useActionState(action, null);
  const slugEdited = useRef(false);
  const { register, handleSubmit, formState, setValue } = useForm<NewSurveyInput>({
    resolver: zodResolver(newSurveySchema),
    shouldFocusError: false,
    defaultValues: { title: "", slug: "" },
  });
  const translate = useTranslateError();
  const { errorFor, items, focusKey } = useFormErrors(
    formState.errors,
    state,
    FIELDS,
    formState.submitCount,
    {
      translate,
    },
  );
  const formProps = useActionForm(handleSubmit, formAction);
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
