"use client";

import { useTranslations } from "next-intl";
import { useFormContext, useWatch } from "react-hook-form";
import { type BuilderForm, earlierQuestions, newRule, type VisibilityForm } from "@/lib/surveys/client";
import { CheckboxInput } from "../fields";
import { ConditionGroup } from "./condition-group";

/** Where the condition sits: its form path, and the page (and question) it belongs to. */
type Place = { path: string; pageIndex: number; questionIndex?: number };

/**
 * "Only show when …" for a page or a question: a switch, then a group of rules built with
 * controls. Only earlier questions can be chosen (a page: questions on earlier pages).
 */
export function VisibilityEditor({ path, pageIndex, questionIndex }: Place) {
  const t = useTranslations("builder.condition");
  const { getValues, setValue } = useFormContext();
  const enabled = useWatch({ name: `${path}.enabled` }) as boolean;

  const onToggle = (on: boolean) => {
    const visibility = getValues(path) as VisibilityForm;
    // Switched on, there is one empty rule to fill in; focus stays on the switch, the rule follows it.
    if (on && visibility.items.length === 0) setValue(`${path}.items`, [newRule()]);
  };

  return (
    <div className="builder-visibility">
      <CheckboxInput
        path={`${path}.enabled`}
        label={t("enable")}
        help={t("enableHelp")}
        options={{ onChange: (event) => onToggle(event.target.checked) }}
      />
      {enabled ? <EnabledConditions path={path} pageIndex={pageIndex} questionIndex={questionIndex} /> : null}
    </div>
  );
}

function EnabledConditions({ path, pageIndex, questionIndex }: Place) {
  // Watching all pages keeps the list of earlier questions (and their options) current.
  const pages = useWatch({ name: "pages" }) as BuilderForm["pages"];
  const candidates = earlierQuestions({ pages } as BuilderForm, pageIndex, questionIndex);
  return <ConditionGroup path={path} prefix="" depth={0} candidates={candidates} />;
}
