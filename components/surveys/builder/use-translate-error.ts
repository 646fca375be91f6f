"use client";

import { useTranslations } from "next-intl";
import { useCallback } from "react";
import { decodeMessage } from "@/lib/surveys/client";

/** Turns an encoded builder message (lib/surveys/builder/error-message.ts), a next-intl key or plain text into Dutch. */
export function useTranslateError(): (message: string) => string {
  const t = useTranslations();
  return useCallback(
    (message: string) => {
      const decoded = decodeMessage(message);
      if ("text" in decoded) return t.has(decoded.text) ? t(decoded.text) : decoded.text;
      return t.has(decoded.key) ? t(decoded.key, decoded.params) : message;
    },
    [t],
  );
}
