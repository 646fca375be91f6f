"use client";

import { useTranslations } from "next-intl";
import type { ZodType } from "zod";
import { ErrorSummary } from "@/components/forms/error-summary";
import { EmailField } from "@/components/forms/form-field";
import { useCheckedForm } from "@/components/forms/use-checked-form";
import type { ServerAction } from "@/lib/accounts/client";
import { sendResponseSchema } from "@/lib/responses/client";

type Values = { slug: string; copyTo: string };
const FIELDS = { copyTo: "kopie-email" };

/**
 * "Versturen" on the review page, with the optional address for a copy of the answers. Checked
 * with the action's own schema in the browser and again on the server; works without JavaScript
 * (a refused form comes back with its errors, the answers untouched).
 */
export function ReviewSendForm({ slug, action }: { slug: string; action: ServerAction<never> }) {
  const t = useTranslations("survey");
  const form = useCheckedForm({
    action,
    schema: sendResponseSchema as ZodType<unknown, Values>,
    defaultValues: { slug, copyTo: "" },
    fields: FIELDS,
  });
  const { register, errorFor, items, focusKey, formProps, pending } = form;
  return (
    <form {...formProps} noValidate aria-busy={pending || undefined} data-form="versturen">
      <ErrorSummary items={items} title={t("review.errorTitle")} focusKey={focusKey} />
      <input type="hidden" defaultValue={slug} {...register("slug")} />
      <EmailField
        id={FIELDS.copyTo}
        label={t("review.copyLabel")}
        help={t("review.copyHelp")}
        error={errorFor("copyTo")}
        className="input"
        {...register("copyTo")}
      />
      <p>{t("review.sendText")}</p>
      <button type="submit" className="button">
        {t("submit")}
      </button>
      {pending ? (
        <span role="status" className="muted">
          {t("saving")}
        </span>
      ) : null}
    </form>
  );
}
