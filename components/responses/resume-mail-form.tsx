"use client";

import { useTranslations } from "next-intl";
import { useEffect } from "react";
import type { ZodType } from "zod";
import { ErrorSummary } from "@/components/forms/error-summary";
import { EmailField } from "@/components/forms/form-field";
import { useCheckedForm } from "@/components/forms/use-checked-form";
import { Notice } from "@/components/layout/notice";
import type { ServerAction } from "@/lib/accounts/client";
import { resumeMailSchema } from "@/lib/responses/client";

type Values = { slug: string; email: string };
const FIELDS = { email: "link-email" };

/**
 * On the "bewaard" page: the resume link mailed to the address typed, once; the address is not
 * kept. Works without JavaScript; after sending, the page says so and the field is empty again.
 */
export function ResumeMailForm({ slug, action }: { slug: string; action: ServerAction<{ sent: true }> }) {
  const t = useTranslations("survey");
  const form = useCheckedForm({
    action,
    schema: resumeMailSchema as ZodType<unknown, Values>,
    defaultValues: { slug, email: "" },
    fields: FIELDS,
  });
  const { register, errorFor, items, focusKey, formProps, state, reset } = form;
  const sent = state?.ok === true;
  useEffect(() => {
    if (sent) reset({ slug, email: "" });
  }, [sent, reset, slug]);
  return (
    <form {...formProps} noValidate data-form="link-mailen">
      <ErrorSummary items={items} title={t("review.errorTitle")} focusKey={focusKey} />
      {sent ? <Notice tone="success">{t("saved.mailSent")}</Notice> : null}
      <input type="hidden" defaultValue={slug} {...register("slug")} />
      <EmailField
        id={FIELDS.email}
        label={t("saved.mailLabel")}
        help={t("saved.mailHelp")}
        error={errorFor("email")}
        className="input"
        {...register("email")}
      />
      <button type="submit" className="button button--secondary">
        {t("saved.mailButton")}
      </button>
    </form>
  );
}
