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

type Values = Record<string, string | number>;

/**
 * A text written into the review's threads (a new comment, a reply): hidden values saying where
 * it goes, the required text, the button and a "posted" line. Checked in the browser with the
 * server's zod schema; works without JavaScript too. Emptied again once the server took it.
 */
export function ThreadMessageForm({
  action,
  schema,
  name,
  hidden,
  bodyId,
  label,
  rows,
  submitLabel,
  secondary = false,
  doneText,
}: {
  action: ServerAction<{ id: number }>;
  schema: Parameters<typeof zodResolver>[0];
  /** The form's data-form name. */
  name: string;
  hidden: Values;
  bodyId: string;
  label: string;
  rows: number;
  submitLabel: string;
  /** A secondary button (replies, of which a page has many). */
  secondary?: boolean;
  doneText: string;
}) {
  const t = useTranslations("review");
  const [state, formAction] = useActionState(action, null);
  const { register, handleSubmit, formState, reset } = useForm<Values>({
    shouldFocusError: false,
    resolver: zodResolver(schema) as never,
    defaultValues: { ...hidden, body: "" },
  });
  const { errorFor, items, focusKey } = useFormErrors(
    formState.errors,
    state,
    { body: bodyId },
    formState.submitCount,
  );

  // biome-ignore lint/correctness/useExhaustiveDependencies: empty the form after each answer from the server; the hidden values stay those of this place
  useEffect(() => {
    if (state?.ok) reset({ ...hidden, body: "" });
  }, [state, reset]);

  const formProps = useActionForm(handleSubmit, formAction);

  return (
    <form {...formProps} className="review-form" data-form={name}>
      <FormErrorSummary items={items} messages="review.form" focusKey={focusKey} />
      {Object.entries(hidden).map(([field, value]) => (
        <input key={field} type="hidden" defaultValue={value} {...register(field)} />
      ))}
      <TextareaField
        id={bodyId}
        label={label}
        requiredLabel={t("form.required")}
        error={errorFor("body")}
        rows={rows}
        defaultValue=""
        {...register("body")}
      />
      <button type="submit" className={secondary ? "button button--secondary" : "button"}>
        {submitLabel}
      </button>
      {state?.ok ? (
        <p className="review-form__done" role="status">
          {doneText}
        </p>
      ) : null}
    </form>
  );
}
