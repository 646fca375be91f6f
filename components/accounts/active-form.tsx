"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { SingleButtonForm } from "@/components/forms/single-button-form";
import type { ServerAction } from "@/lib/accounts/client";
import { firstError } from "../forms/first-error";

/** Deactivate (signing the user out at once) or reactivate one account. */
export function ActiveForm({
  action,
  userId,
  name,
  active,
}: {
  action: ServerAction<{ changed: boolean; active: boolean }>;
  userId: number;
  name: string;
  active: boolean;
}) {
  const t = useTranslations("beheer.users");
  const [state, formAction] = useActionState(action, null);
  const error = firstError(state, "active");
  let done: string | null = null;
  if (state?.ok)
    done = !state.data.changed ? t("unchanged") : state.data.active ? t("reactivated") : t("deactivated");
  return (
    <SingleButtonForm
      action={formAction}
      name="set-active"
      hidden={{ userId, active: active ? "false" : "true" }}
      button={
        <>
          {active ? t("deactivate") : t("reactivate")}
          <span className="visually-hidden"> ({name})</span>
        </>
      }
      error={error}
    >
      {done ? (
        <p className="inline-form__done" role="status">
          {done}
        </p>
      ) : null}
    </SingleButtonForm>
  );
}
