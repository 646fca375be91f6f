"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
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
    <form action={formAction} className="inline-form" data-form="set-active">
      <input type="hidden" name="userId" value={userId} />
      <input type="hidden" name="active" value={active ? "false" : "true"} />
      <button type="submit" className="button button--secondary">
        {active ? t("deactivate") : t("reactivate")}
        <span className="visually-hidden"> ({name})</span>
      </button>
      {error ? (
        <p className="field__error" role="alert">
          {error}
        </p>
      ) : null}
      {done ? (
        <p className="inline-form__done" role="status">
          {done}
        </p>
      ) : null}
    </form>
  );
}
