"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { firstError } from "@/components/forms/first-error";
import { SingleButtonForm } from "@/components/forms/single-button-form";
import { Notice } from "@/components/layout/notice";
import type { ServerAction } from "@/lib/accounts/client";

/** Delete one row of the district table (members keep their district until it is derived again). */
export function DeleteDistrictForm({
  action,
  postcode4,
  district,
}: {
  action: ServerAction<{ postcode4: string }>;
  postcode4: string;
  district: string;
}) {
  const t = useTranslations("panels.districts");
  const [state, formAction] = useActionState(action, null);
  const error = firstError(state, "postcode4");
  return (
    <SingleButtonForm
      action={formAction}
      name="delete-district"
      hidden={{ postcode4 }}
      button={
        <>
          {t("delete")}
          <span className="visually-hidden"> ({t("rowName", { postcode4, district })})</span>
        </>
      }
      error={error}
    />
  );
}

/** Derive every member's district again from the table as it is now. */
export function RederiveForm({
  action,
  stale,
}: {
  action: ServerAction<{ changed: number }>;
  stale: number;
}) {
  const t = useTranslations("panels.districts");
  const [state, formAction] = useActionState(action, null);
  const error = firstError(state, "");
  return (
    <form action={formAction} data-form="rederive-districts">
      {state?.ok ? <Notice tone="success">{t("rederived", { count: state.data.changed })}</Notice> : null}
      {error ? (
        <p className="field__error" role="alert">
          {error}
        </p>
      ) : null}
      {stale > 0 ? (
        <>
          <p>{t("staleCount", { count: stale })}</p>
          <button type="submit" className="button">
            {t("rederive", { count: stale })}
          </button>
        </>
      ) : (
        <p>{t("noneStale")}</p>
      )}
    </form>
  );
}
