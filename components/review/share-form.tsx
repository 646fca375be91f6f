"use client";

import { useTranslations } from "next-intl";
import type { ZodType } from "zod";
import { CheckedForm } from "@/components/forms/checked-form";
import { TextField } from "@/components/forms/form-field";
import { useCheckedForm } from "@/components/forms/use-checked-form";
import type { ServerAction } from "@/lib/accounts/client";
import { shareForReviewSchema } from "@/lib/review/client";

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
  const form = useCheckedForm({
    action,
    schema: shareForReviewSchema as unknown as ZodType<unknown, Values>,
    defaultValues: { surveyId, revision, adviceDeadline: "" },
    fields: { adviceDeadline: "share-deadline" },
  });
  const { register, errorFor } = form;
  return (
    <CheckedForm form={form} className="review-form" name="share" messages="review.form">
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
    </CheckedForm>
  );
}
