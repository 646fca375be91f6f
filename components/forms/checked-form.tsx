"use client";

import type { ReactNode } from "react";
import type { ErrorSummaryItem } from "@/components/forms/error-summary";
import { FormErrorSummary } from "@/components/forms/form-error-summary";
import type { useActionForm } from "@/components/forms/use-action-form";

/**
 * The <form> of a checked form (useCheckedForm) with its error summary first inside it, in the
 * forms' usual wording (`messages`: the sign-in and panel forms', or the review forms').
 */
export function CheckedForm({
  form,
  messages = "auth.form",
  busy = false,
  className,
  name,
  children,
}: {
  /** What useCheckedForm returns. */
  form: {
    formProps: ReturnType<typeof useActionForm>;
    items: ErrorSummaryItem[];
    focusKey: unknown;
    pending: boolean;
  };
  messages?: "auth.form" | "review.form";
  /** Marks the form aria-busy while it posts. */
  busy?: boolean;
  className?: string;
  /** The form's data-form name. */
  name?: string;
  children: ReactNode;
}) {
  return (
    <form
      {...form.formProps}
      aria-busy={(busy && form.pending) || undefined}
      className={className}
      data-form={name}
    >
      <FormErrorSummary items={form.items} messages={messages} focusKey={form.focusKey} />
      {children}
    </form>
  );
}
