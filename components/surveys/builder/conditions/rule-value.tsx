"use client";

import { useTranslations } from "next-intl";
import { useController } from "react-hook-form";
import { Choice, ChoiceGroup } from "@/components/forms/choice-fields";
import {
  builderFieldId,
  type ConditionOperator,
  type QuestionForm,
  valueChoices,
  valueKind,
} from "@/lib/surveys/client";
import { useFieldError } from "../builder-errors";
import { SelectInput, TextInput } from "../fields";

/**
 * The value of a rule, entered the way the tested question is answered: one of its options (a
 * select), several of them (checkboxes, for "is een van"), a number, or a text. None for "is beantwoord".
 */
export function RuleValue({
  path,
  number,
  target,
  operator,
}: {
  path: string;
  number: string;
  target: QuestionForm;
  operator: ConditionOperator;
}) {
  const t = useTranslations("builder.condition");
  if (operator === "answered") return null;
  const kind = valueKind(target.type);
  if (kind === "none") return null;
  const choices = valueChoices(target).map((c) => ({
    value: c.value,
    label: c.special === "other" ? t("other") : c.special === "dontKnow" ? t("dontKnow") : c.label,
  }));
  if (kind === "option" && operator === "any_of") {
    return (
      <ValueCheckboxes path={`${path}.values`} legend={t("valuesLegend", { number })} choices={choices} />
    );
  }
  if (kind === "option") {
    return (
      <SelectInput path={`${path}.value`} label={t("valueLabel", { number })} required>
        <option value="">{t("chooseValue")}</option>
        {choices.map((c) => (
          <option key={c.value} value={c.value}>
            {c.label}
          </option>
        ))}
      </SelectInput>
    );
  }
  return (
    <TextInput
      path={`${path}.value`}
      label={kind === "number" ? t("numberLabel", { number }) : t("textLabel", { number })}
      required
      inputMode={kind === "number" ? "decimal" : undefined}
      className={kind === "number" ? "input input--short" : "input"}
    />
  );
}

function ValueCheckboxes({
  path,
  legend,
  choices,
}: {
  path: string;
  legend: string;
  choices: { value: string; label: string }[];
}) {
  const tc = useTranslations("builder.common");
  const { field } = useController({ name: path });
  const error = useFieldError(path);
  const chosen = (field.value as string[] | undefined) ?? [];
  const baseId = builderFieldId(path);
  const toggle = (value: string, on: boolean) => {
    const next = on ? [...chosen, value] : chosen.filter((v) => v !== value);
    // Keep the options' order, so the saved list reads like the question.
    field.onChange(choices.map((c) => c.value).filter((v) => next.includes(v)));
  };
  return (
    <ChoiceGroup id={baseId} legend={legend} requiredLabel={tc("required")} error={error}>
      {choices.map((choice, index) => {
        const id = index === 0 ? baseId : `${baseId}-${index}`;
        return (
          <Choice
            key={choice.value}
            id={id}
            type="checkbox"
            label={choice.label}
            value={choice.value}
            checked={chosen.includes(choice.value)}
            onChange={(event) => toggle(choice.value, event.target.checked)}
            onBlur={field.onBlur}
          />
        );
      })}
    </ChoiceGroup>
  );
}
