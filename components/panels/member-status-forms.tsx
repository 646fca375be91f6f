"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { CheckboxField } from "@/components/forms/choice-fields";
import { Notice } from "@/components/layout/notice";
import type { ServerAction } from "@/lib/accounts/client";
import type { MemberStatus } from "@/lib/panels/client";

type Result = { status: MemberStatus; change: "pause" | "reactivate" | "remove" };

function Outcome({ state }: { state: Awaited<ReturnType<ServerAction<Result>>> | null }) {
  const t = useTranslations("panels.member");
  if (!state) return null;
  if (state.ok) return <Notice tone="success">{t(`done.${state.data.change}`)}</Notice>;
  const message = state.formError ?? Object.values(state.fieldErrors).flat()[0];
  return message ? <Notice tone="error">{message}</Notice> : null;
}

/**
 * Pause or reactivate, and remove. Removing is the member's own "leave": contact data is deleted
 * at once and cannot come back, so staff tick a box first (checked again on the server).
 */
export function MemberStatusForms({
  action,
  panelId,
  memberId,
  status,
}: {
  action: ServerAction<Result>;
  panelId: number;
  memberId: number;
  status: MemberStatus;
}) {
  const t = useTranslations("panels.member");
  const [pauseState, pauseAction] = useActionState(action, null);
  const [removeState, removeAction] = useActionState(action, null);
  if (status === "left") return <p>{t("leftNote")}</p>;
  const confirmError = removeState && !removeState.ok ? removeState.fieldErrors.confirm?.[0] : undefined;
  return (
    <div className="panel-actions">
      {status === "active" || status === "paused" ? (
        <form action={pauseAction} data-form="member-pause">
          <h3>{status === "active" ? t("pauseTitle") : t("reactivateTitle")}</h3>
          <p>{status === "active" ? t("pauseHelp") : t("reactivateHelp")}</p>
          <Outcome state={pauseState} />
          <input type="hidden" name="panelId" value={panelId} />
          <input type="hidden" name="memberId" value={memberId} />
          <input type="hidden" name="change" value={status === "active" ? "pause" : "reactivate"} />
          <button type="submit" className="button button--secondary">
            {status === "active" ? t("pause") : t("reactivate")}
          </button>
        </form>
      ) : null}
      <form action={removeAction} data-form="member-remove">
        <h3>{t("removeTitle")}</h3>
        <p>{t("removeHelp")}</p>
        {confirmError ? null : <Outcome state={removeState} />}
        <input type="hidden" name="panelId" value={panelId} />
        <input type="hidden" name="memberId" value={memberId} />
        <input type="hidden" name="change" value="remove" />
        <CheckboxField
          id="member-remove-confirm"
          name="confirm"
          label={t("removeConfirm")}
          error={confirmError}
        />
        <button type="submit" className="button">
          {t("remove")}
        </button>
      </form>
    </div>
  );
}
