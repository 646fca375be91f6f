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
import { type ReplyInput, replySchema } from "@/lib/review/client";

type Values = { surveyId: number; threadId: number; body: string };

/** A reply in a thread, by an Adviesraad member or by staff. */
export function ReplyForm({
  action,
  surveyId,
  threadId,
}: {
  action: ServerAction<{ id: number }>;
  surveyId: number;
  threadId: number;
}) {
  const t = useTranslations("review");
  const [state, formAction] = useActionState(action, null);
  const bodyId = `reply-${threadId}-body`;
  const { register, handleSubmit, formState, reset } = useForm<Values, unknown, ReplyInput>({
    shouldFocusError: false,
    resolver: zodResolver(replySchema) as never,
    defaultValues: { surveyId, threadId, body: "" },
  });
  const { errorFor, items, focusKey } = useFormErrors(
    formState.errors,
    state,
    { body: bodyId },
    formState.submitCount,
  );

  useEffect(() => {
    if (state?.ok) reset({ surveyId, threadId, body: "" });
  }, [state, reset, surveyId, threadId]);

  const formProps = useActionForm(handleSubmit, formAction);

  return (
    <form {...formProps} className="review-form" data-form="reply">
      <FormErrorSummary items={items} messages="review.form" focusKey={focusKey} />
      <input type="hidden" defaultValue={surveyId} {...register("surveyId")} />
      <input type="hidden" defaultValue={threadId} {...register("threadId")} />
      <TextareaField
        id={bodyId}
        label={t("threads.replyLabel")}
        requiredLabel={t("form.required")}
        error={errorFor("body")}
        rows={3}
        defaultValue=""
        {...register("body")}
      />
      <button type="submit" className="button button--secondary">
        {t("threads.replySubmit")}
      </button>
      {state?.ok ? (
        <p className="review-form__done" role="status">
          {t("threads.replyDone")}
        </p>
      ) : null}
    </form>
  );
}
