"use client";

import { useTranslations } from "next-intl";
import { CheckboxInput } from "../fields";
import { OptionListEditor } from "./option-list-editor";
import { StatementListEditor } from "./statement-list-editor";

/** A Likert grid: statements on one scale, optionally with "weet niet". */
export function LikertSettings({ path }: { path: string }) {
  const t = useTranslations("builder.options");
  return (
    <>
      <StatementListEditor path={`${path}.statements`} />
      <OptionListEditor path={`${path}.scale`} kind="scale" />
      <CheckboxInput path={`${path}.dontKnow`} label={t("dontKnow")} />
    </>
  );
}
