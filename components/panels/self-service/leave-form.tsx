"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { startTransition, useActionState, useRef } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { CheckboxField } from "@/components/forms/choice-fields";
import { ErrorSummary } from "@/components/forms/error-summary";
import { useFormErrors } from "@/components/forms/use-form-errors";
import type { ServerAction } from "@/lib/accounts/client";
import { leaveSchema } from "@/lib/panels/client";

const FIELDS = { confirm: "leave-confirm" };

/** Leaving asks for an explicit tick: it deletes the contact data and cannot be undone. */
export function LeaveForm({ action }: { action: ServerAction<never> }) {
  const t = useTranslations("panel.leave");
  const tForm = useTranslations("auth.form");
  const [state, formAction, pending] = useActionState(action, null);
  const formRef = useRef<HTMLFormElement>(null);
  const { register, handleSubmit, formState } = useForm<z.input<typeof leaveSchema>>({
    shouldFocusError: false,
    resolver: zodResolver(leaveSchema),
    defaultValues: { confirm: false },
  });
  const { errorFor, items, focusKey } = useFormErrors(formState.errors, state, FIELDS, formState.submitCount);
  const submit = handleSubmit(() => {
    const form = formRef.current;
    if (form) startTransition(() => formAction(new FormData(form)));
  });
  return (
    <form
      ref={formRef}
      action={formAction}
      onSubmit={submit}
      noValidate
      aria-busy={pending || undefined}
      data-form="leave"
    >
      <ErrorSummary
        items={items}
        title={tForm("errorSummaryTitle")}
        intro={(count) => tForm("errorSummaryFields", { count })}
        focusKey={focusKey}
      />
      <CheckboxField
        id={FIELDS.confirm}
        legend={t("title")}
        label={t("confirm")}
        requiredLabel={tForm("required")}
        error={errorFor("confirm")}
        value="ja"
        {...register("confirm")}
      />
      <button type="submit" className="button">
        {t("submit")}
      </button>
    </form>
  );
}
