"use client";

import { useTranslations } from "next-intl";
import { CheckedForm } from "@/components/forms/checked-form";
import { EmailField } from "@/components/forms/form-field";
import { useCheckedForm } from "@/components/forms/use-checked-form";
import type { ServerAction } from "@/lib/accounts/client";
import { loginRequestSchema } from "@/lib/panels/client";

const FIELDS = { email: "member-login-email" };

/** Asks for a sign-in link; works without JavaScript too. */
export function LoginRequestForm({ action }: { action: ServerAction<never> }) {
  const t = useTranslations("panel.login");
  const tForm = useTranslations("auth.form");
  const form = useCheckedForm({
    action,
    schema: loginRequestSchema,
    defaultValues: { email: "" },
    fields: FIELDS,
  });
  const { register, errorFor } = form;
  return (
    <CheckedForm form={form} busy>
      <EmailField
        id={FIELDS.email}
        label={t("email")}
        requiredLabel={tForm("required")}
        error={errorFor("email")}
        {...register("email")}
      />
      <button type="submit" className="button">
        {t("submit")}
      </button>
    </CheckedForm>
  );
}
