"use client";

import { useTranslations } from "next-intl";
import { FocusedAlert } from "@/components/forms/focused-alert";

/**
 * Someone else saved this survey after this editor opened it: the save was refused and nothing
 * was overwritten. Says who and when (the message comes from the server), and offers a reload.
 */
export function ConflictAlert({
  message,
  href,
  onLeave,
}: {
  message: string;
  href: string;
  onLeave: () => void;
}) {
  const t = useTranslations("builder.editor");
  return (
    <FocusedAlert focusKey={message} title={t("conflictTitle")} titleId="builder-conflict-title">
      <p>{message}</p>
      <p>
        {/* A full reload: the form starts again from the newest saved version. */}
        <a href={href} data-leaves-builder="true" onClick={onLeave}>
          {t("conflictReload")}
        </a>
      </p>
      <p>{t("conflictReloadNote")}</p>
    </FocusedAlert>
  );
}
