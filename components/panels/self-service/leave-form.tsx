"use client";

import { useTranslations } from "next-intl";
import { CheckedForm } from "@/components/forms/checked-form";
import { CheckboxField } from "@/components/forms/choice-fields";
import { useCheckedForm } from "@/components/forms/use-checked-form";
import type { ServerAction } from "@/lib/accounts/client";
import { leaveSchema } from "@/lib/panels/client";

const FIELDS = { confirm: "leave-confirm" };

/** Leaving asks for an explicit tick: it deletes the contact data and cannot be undone. */
export function LeaveForm({ action }: { action: ServerAction<never> }) {
  const t = useTranslations("panel.leave");
  const tForm = useTranslations("auth.form");
  const form = useCheckedForm({
    action,
    schema: leaveSchema,
    defaultValues: { confirm: false },
    fields: FIELDS,
  });
  const { register, errorFor } = form;
  return (
    <CheckedForm form={form} busy name="leave">
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
    </CheckedForm>
  );
}
