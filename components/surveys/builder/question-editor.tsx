"use client";

import { useTranslations } from "next-intl";
import { useFormContext, useWatch } from "react-hook-form";
import {
  builderFieldId,
  QUESTION_TYPES,
  type QuestionForm,
  type QuestionType,
  withTypeDefaults,
} from "@/lib/surveys/client";
import { VisibilityEditor } from "./conditions/visibility-editor";
import { CheckboxInput, LockedId, SelectInput, TextArea, TextInput } from "./fields";
import { ItemActions, type useListActions } from "./item-actions";
import { QuestionSettings } from "./settings/question-settings";
import { useDefaultScale } from "./use-default-scale";

/** One question: its text, type, code, help, required, the type's settings and its condition. */
export function QuestionEditor({
  pageIndex,
  index,
  actions,
}: {
  pageIndex: number;
  index: number;
  actions: ReturnType<typeof useListActions>;
}) {
  const t = useTranslations("builder");
  const { getValues, setValue } = useFormContext();
  const scale = useDefaultScale();
  const path = `pages.${pageIndex}.questions.${index}`;
  const [type, locked, id] = useWatch({ name: [`${path}.type`, `${path}.locked`, `${path}.id`] }) as [
    QuestionType,
    boolean,
    string,
  ];
  const place = { page: pageIndex + 1, number: index + 1 };
  const headingId = `${builderFieldId(path)}-heading`;

  // Switching the type fills in what the new type needs (options, statements, a scale) and keeps the rest.
  const onTypeChange = (next: QuestionType) => {
    const filled = withTypeDefaults(getValues(path) as QuestionForm, next, scale);
    for (const key of ["options", "statements", "scale", "maxLength"] as const)
      setValue(`${path}.${key}`, filled[key]);
  };

  return (
    <section className="builder-question" aria-labelledby={headingId}>
      <h4 id={headingId}>{t("question.heading", { ...place, type: t(`types.${type}`) })}</h4>
      <TextArea path={`${path}.text`} label={t("question.textLabel", place)} required rows={2} />
      <SelectInput
        path={`${path}.type`}
        label={t("question.typeLabel", place)}
        required
        options={{ onChange: (event) => onTypeChange(event.target.value as QuestionType) }}
      >
        {QUESTION_TYPES.map((value) => (
          <option key={value} value={value}>
            {t(`types.${value}`)}
          </option>
        ))}
      </SelectInput>
      {locked ? (
        <LockedId text={t("question.idLocked", { id })} />
      ) : (
        <TextInput
          path={`${path}.id`}
          label={t("question.idLabel", place)}
          help={t("question.idHelp")}
          required
          spellCheck={false}
          autoComplete="off"
          className="input builder-input--id"
        />
      )}
      <TextArea path={`${path}.help`} label={t("question.helpLabel", place)} rows={2} />
      <CheckboxInput path={`${path}.required`} label={t("question.requiredLabel", place)} />
      <QuestionSettings path={path} type={type} />
      <VisibilityEditor path={`${path}.visibility`} pageIndex={pageIndex} questionIndex={index} />
      <ItemActions
        index={index}
        actions={actions}
        labels={{
          up: t("question.moveUp", place),
          down: t("question.moveDown", place),
          remove: t("question.remove", place),
        }}
      />
    </section>
  );
}
