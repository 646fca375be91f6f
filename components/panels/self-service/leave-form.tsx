"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { CheckboxField } from "@/components/forms/choice-fields";
import { FormErrorSummary } from "@/components/forms/form-error-summary";
import { useActionForm } from "@/components/forms/use-action-form";
import { useFormErrors } from "@/components/forms/use-form-errors";
import type { ServerAction } from "@/lib/accounts/client";
import { leaveSchema } from "@/lib/panels/client";

const FIELDS = { confirm: "leave-confirm" };

/** Leaving asks for an explicit tick: it deletes the contact data and cannot be undone. */
export function LeaveForm({ action }: { action: ServerAction<never> }) {
  const t = useTranslations("panel.leave");
  const tForm = useTranslations("auth.form");
  const [state, formAction, pending] = useActionState(action, null);
  const { register, handleSubmit, formState } = useForm<z.input<typeof leaveSchema>>({
    shouldFocusError: false,
    resolver: zodResolver(leaveSchema),
    defaultValues: { confirm: false },
  });
  const { errorFor, items, focusKey } = useFormErrors(formState.errors, state, FIELDS, formState.submitCount);
  const formProps = useActionForm(handleSubmit, formAction);
  return (
    <form {...formProps} aria-busy={pending || undefined} data-form="leave">
      <FormErrorSummary items={items} messages="auth.form" focusKey={focusKey} />
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
