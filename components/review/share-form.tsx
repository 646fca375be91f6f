"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { useForm } from "react-hook-form";
import { FormErrorSummary } from "@/components/forms/form-error-summary";
import { TextField } from "@/components/forms/form-field";
import { useActionForm } from "@/components/forms/use-action-form";
import { useFormErrors } from "@/components/forms/use-form-errors";
import type { ServerAction } from "@/lib/accounts/client";
import { type ShareForReviewInput, shareForReviewSchema } from "@/lib/review/client";

type Values = { surveyId: number; revision: number; adviceDeadline: string };

/** Staff share the current draft with the Adviesraad, with the date their advice is due. */
export function ShareForm({
  action,
  surveyId,
  revision,
  minDate,
}: {
  /** Redirects to the review page on success. */
  action: ServerAction<never>;
  surveyId: number;
  revision: number;
  /** The first date that may be chosen (tomorrow), for the date picker. */
  minDate: string;
}) {
  const t = useTranslations("review.share");
  const tf = useTranslations("review.form");
  const [state, formAction] = useActionState(action, null);
  const { register, handleSubmit, formState } = useForm<Values, unknown, ShareForReviewInput>({
    shouldFocusError: false,
    resolver: zodResolver(shareForReviewSchema) as never,
    defaultValues: { surveyId, revision, adviceDeadline: "" },
  });
  const { errorFor, items, focusKey } = useFormErrors(
    formState.errors,
    state,
    { adviceDeadline: "share-deadline" },
    formState.submitCount,
  );
  const formProps = useActionForm(handleSubmit, formAction);
  return (
    <form {...formProps} className="review-form" data-form="share">
      <FormErrorSummary items={items} messages="review.form" focusKey={focusKey} />
      <input type="hidden" defaultValue={surveyId} {...register("surveyId")} />
      <input type="hidden" defaultValue={revision} {...register("revision")} />
      <TextField
        id="share-deadline"
        label={t("deadline")}
        requiredLabel={tf("required")}
        help={t("deadlineHelp")}
        error={errorFor("adviceDeadline")}
        type="date"
        min={minDate}
        className="input input--date"
        {...register("adviceDeadline")}
      />
      <button type="submit" className="button">
        {t("submit")}
      </button>
    </form>
  );
}
