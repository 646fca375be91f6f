"use client";

import { useTranslations } from "next-intl";
import { useFieldArray, useFormContext, useWatch } from "react-hook-form";
import { builderFieldId, newOption, type OptionForm, optionValueFromLabel } from "@/lib/surveys/client";
import { useFieldError } from "../builder-errors";
import { TextInput } from "../fields";
import { ItemActions, useListActions } from "../item-actions";
import { useAnnounce } from "../live-region";

/**
 * Answer options (or a Likert scale). A new option's value is made from its label while it is
 * typed, and fixed once the label field is left: relabelling later never changes the value that
 * stored answers use.
 */
export function OptionListEditor({ path, kind }: { path: string; kind: "options" | "scale" }) {
  const t = useTranslations("builder");
  const { getValues, setValue } = useFormContext();
  const { fields, append, move, remove } = useFieldArray({ name: path, keyName: "fieldKey" });
  const announce = useAnnounce();
  const listError = useFieldError(path);
  const k = kind === "options" ? "options" : "likert";
  const label = (key: string, number: number) =>
    kind === "options" ? t(`options.${key}`, { number }) : t(`likert.${SCALE_KEYS[key]}`, { number });
  const actions = useListActions({
    listPath: path,
    count: fields.length,
    move,
    remove,
    messages: {
      moved: (position, count) => t("options.moved", { position, count }),
      alreadyFirst: t("options.alreadyFirst"),
      alreadyLast: t("options.alreadyLast"),
      removed: (index) => t("options.removed", { number: index + 1 }),
    },
  });

  const followLabel = (index: number, text: string) => {
    const options = getValues(path) as OptionForm[];
    if (!options[index]?.auto) return;
    const taken = new Set(options.filter((_, i) => i !== index).map((o) => o.value));
    setValue(`${path}.${index}.value`, text.trim() ? optionValueFromLabel(text, taken) : "");
  };
  const fixValue = (index: number) => {
    const option = (getValues(path) as OptionForm[])[index];
    if (option?.auto && option.label.trim()) setValue(`${path}.${index}.auto`, false);
  };

  return (
    <fieldset className={listError ? "builder-list field--error" : "builder-list"}>
      <legend>{kind === "options" ? t("options.title") : t("likert.scale")}</legend>
      {listError ? <p className="field__error">{listError}</p> : null}
      <ol className="builder-list__items">
        {fields.map((field, index) => (
          <li key={field.fieldKey} className="builder-list__item">
            <TextInput
              path={`${path}.${index}.label`}
              label={label("label", index + 1)}
              required
              help={<OptionValue path={`${path}.${index}`} />}
              options={{
                onChange: (event) => followLabel(index, event.target.value),
                onBlur: () => fixValue(index),
              }}
            />
            <ItemActions
              index={index}
              actions={actions}
              labels={{
                up: label("moveUp", index + 1),
                down: label("moveDown", index + 1),
                remove: label("remove", index + 1),
              }}
            />
          </li>
        ))}
      </ol>
      <button
        type="button"
        className="button button--secondary"
        id={builderFieldId(`${path}.add`)}
        onClick={() => {
          append(newOption(), { shouldFocus: true, focusName: `${path}.${fields.length}.label` });
          announce(label("added", fields.length + 1));
        }}
      >
        {t(`${k}.${kind === "options" ? "add" : "addScalePoint"}`)}
      </button>
    </fieldset>
  );
}

/** Scale wording for the option keys. */
const SCALE_KEYS: Record<string, string> = {
  label: "scalePoint",
  moveUp: "scaleUp",
  moveDown: "scaleDown",
  remove: "scaleRemove",
  added: "scalePointAdded",
};

function OptionValue({ path }: { path: string }) {
  const t = useTranslations("builder.options");
  const value = useWatch({ name: `${path}.value` }) as string;
  return value ? t("value", { value }) : t("valuePending");
}
