"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef } from "react";

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
  const ref = useRef<HTMLDivElement>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: focus again for each new refusal
  useEffect(() => {
    ref.current?.focus();
  }, [message]);
  return (
    <div
      className="alert alert--error"
      role="alert"
      tabIndex={-1}
      ref={ref}
      aria-labelledby="builder-conflict-title"
    >
      <h2 id="builder-conflict-title">{t("conflictTitle")}</h2>
      <p>{message}</p>
      <p>
        {/* A full reload: the form starts again from the newest saved version. */}
        <a href={href} data-leaves-builder="true" onClick={onLeave}>
          {t("conflictReload")}
        </a>
      </p>
      <p>{t("conflictReloadNote")}</p>
    </div>
  );
}
