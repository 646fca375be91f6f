"use client";

import { useTranslations } from "next-intl";

/** Opens the browser's print dialog; without JavaScript the notice above it says Ctrl+P. */
export function PrintButton() {
  const t = useTranslations("entry.paper");
  return (
    <button type="button" className="button" onClick={() => window.print()}>
      {t("print")}
    </button>
  );
}
