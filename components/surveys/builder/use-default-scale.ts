"use client";

import { useTranslations } from "next-intl";
import { useMemo } from "react";
import type { OptionForm } from "@/lib/surveys/client";

/** The five-point agreement scale a new Likert question starts with (values 1–5, labels in Dutch). */
export function useDefaultScale(): OptionForm[] {
  const t = useTranslations("builder.likert");
  return useMemo(() => {
    const labels = t.raw("defaultScale") as Record<string, string>;
    return Object.entries(labels).map(([value, label]) => ({ value, label, auto: false }));
  }, [t]);
}
