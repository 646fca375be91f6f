"use client";

import { useTranslations } from "next-intl";
import { useEffect } from "react";
import type { ZodType } from "zod";
import { CheckedForm } from "@/components/forms/checked-form";
import { TextareaField } from "@/components/forms/form-field";
import { useCheckedForm } from "@/components/forms/use-checked-form";
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
  /** The server action's zod schema. */
  schema: ZodType;
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
  const form = useCheckedForm({
    action,
    schema: schema as ZodType<unknown, Values>,
    defaultValues: { ...hidden, body: "" },
    fields: { body: bodyId },
  });
  const { register, reset, state, errorFor } = form;

  // biome-ignore lint/correctness/useExhaustiveDependencies: empty the form after each answer from the server; the hidden values stay those of this place
  useEffect(() => {
    if (state?.ok) reset({ ...hidden, body: "" });
  }, [state, reset]);

  return (
    <CheckedForm form={form} className="review-form" name={name} messages="review.form">
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
    </CheckedForm>
  );
}
