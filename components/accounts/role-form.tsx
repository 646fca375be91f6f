"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { ROLE_OPTIONS, type Role, type ServerAction } from "@/lib/accounts/client";
import { firstError } from "../forms/first-error";

/** Change one account's role; a plain form, so it works without JavaScript too. */
export function RoleForm({
  action,
  userId,
  name,
  role,
}: {
  action: ServerAction<{ changed: boolean }>;
  userId: number;
  name: string;
  role: Role;
}) {
  const t = useTranslations("beheer");
  const [state, formAction] = useActionState(action, null);
  const selectId = `user-${userId}-role`;
  const error = firstError(state, "role");
  return (
    <form action={formAction} className="inline-form" data-form="change-role">
      <input type="hidden" name="userId" value={userId} />
      <label htmlFor={selectId} className="visually-hidden">
        {t("users.roleLabel", { name })}
      </label>
      <select
        id={selectId}
        name="role"
        defaultValue={role}
        className="select select--inline"
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${selectId}-error` : undefined}
      >
        {ROLE_OPTIONS.map((option) => (
          <option key={option} value={option}>
            {t(`roles.${option}`)}
          </option>
        ))}
      </select>
      <button type="submit" className="button button--secondary">
        {t("users.saveRole")}
        <span className="visually-hidden"> ({name})</span>
      </button>
      {error ? (
        <p className="field__error" id={`${selectId}-error`} role="alert">
          {error}
        </p>
      ) : null}
      {state?.ok ? (
        <p className="inline-form__done" role="status">
          {state.data.changed ? t("users.roleChanged") : t("users.roleUnchanged")}
        </p>
      ) : null}
    </form>
  );
}
