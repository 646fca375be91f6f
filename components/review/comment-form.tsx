"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useActionState, useEffect } from "react";
import { useForm } from "react-hook-form";
import { FormErrorSummary } from "@/components/forms/form-error-summary";
import { TextareaField } from "@/components/forms/form-field";
import { useActionForm } from "@/components/forms/use-action-form";
import { useFormErrors } from "@/components/forms/use-form-errors";
import type { ServerAction } from "@/lib/accounts/client";
import { type CommentInput, commentSchema } from "@/lib/review/client";

type Values = { surveyId: number; versionId: number; questionId: string; body: string };

/**
 * A new comment by an Adviesraad member, on one question or (without questionId) on the survey
 * as a whole. Checked in the browser with the server's zod schema; works without JavaScript too.
 */
export function CommentForm({
  action,
  surveyId,
  versionId,
  questionId,
  label,
}: {
  action: ServerAction<{ id: number }>;
  surveyId: number;
  versionId: number;
  questionId?: string;
  /** What the comment is about, e.g. "Uw opmerking over vraag 3". */
  label: string;
}) {
  const t = useTranslations("review");
  const [state, formAction] = useActionState(action, null);
  const bodyId = `comment-${questionId ?? "survey"}-body`;
  const { register, handleSubmit, formState, reset } = useForm<Values, unknown, CommentInput>({
    shouldFocusError: false,
    resolver: zodResolver(commentSchema) as never,
    defaultValues: { surveyId, versionId, questionId: questionId ?? "", body: "" },
  });
  const { errorFor, items, focusKey } = useFormErrors(
    formState.errors,
    state,
    { body: bodyId },
    formState.submitCount,
  );

  useEffect(() => {
    if (state?.ok) reset({ surveyId, versionId, questionId: questionId ?? "", body: "" });
  }, [state, reset, surveyId, versionId, questionId]);

  const formProps = useActionForm(handleSubmit, formAction);

  return (
    <form {...formProps} className="review-form" data-form="comment">
      <FormErrorSummary items={items} messages="review.form" focusKey={focusKey} />
      <input type="hidden" defaultValue={surveyId} {...register("surveyId")} />
      <input type="hidden" defaultValue={versionId} {...register("versionId")} />
      <input type="hidden" defaultValue={questionId ?? ""} {...register("questionId")} />
      <TextareaField
        id={bodyId}
        label={label}
        requiredLabel={t("form.required")}
        error={errorFor("body")}
        rows={4}
        defaultValue=""
        {...register("body")}
      />
      <button type="submit" className="button">
        {t("threads.commentSubmit")}
      </button>
      {state?.ok ? (
        <p className="review-form__done" role="status">
          {t("threads.commentDone")}
        </p>
      ) : null}
    </form>
  );
}
