"use client";

import { useTranslations } from "next-intl";
import { useFieldArray, useFormContext, useWatch } from "react-hook-form";
import { builderFieldId, idFromText, newStatement, type StatementForm } from "@/lib/surveys/client";
import { useFieldError } from "../builder-errors";
import { TextInput } from "../fields";
import { ItemActions, useListActions } from "../item-actions";
import { useAnnounce } from "../live-region";

/** The statements of a Likert grid. Like option values, a statement's id follows its text only until it is first left. */
export function StatementListEditor({ path }: { path: string }) {
  const t = useTranslations("builder.likert");
  const to = useTranslations("builder.options");
  const { getValues, setValue } = useFormContext();
  const { fields, append, move, remove } = useFieldArray({ name: path, keyName: "fieldKey" });
  const announce = useAnnounce();
  const listError = useFieldError(path);
  const actions = useListActions({
    listPath: path,
    count: fields.length,
    move,
    remove,
    messages: {
      moved: (position, count) => to("moved", { position, count }),
      alreadyFirst: to("alreadyFirst"),
      alreadyLast: to("alreadyLast"),
      removed: (index) => to("removed", { number: index + 1 }),
    },
  });

  const followText = (index: number, text: string) => {
    const statements = getValues(path) as StatementForm[];
    if (!statements[index]?.auto) return;
    const taken = new Set(statements.filter((_, i) => i !== index).map((s) => s.id));
    setValue(`${path}.${index}.id`, text.trim() ? idFromText(text, taken, "stelling") : "");
  };
  const fixId = (index: number) => {
    const statement = (getValues(path) as StatementForm[])[index];
    if (statement?.auto && statement.text.trim()) setValue(`${path}.${index}.auto`, false);
  };

  return (
    <fieldset className={listError ? "builder-list field--error" : "builder-list"}>
      <legend>{t("statements")}</legend>
      {listError ? <p className="field__error">{listError}</p> : null}
      <ol className="builder-list__items">
        {fields.map((field, index) => (
          <li key={field.fieldKey} className="builder-list__item">
            <TextInput
              path={`${path}.${index}.text`}
              label={t("statement", { number: index + 1 })}
              required
              help={<StatementId path={`${path}.${index}.id`} />}
              options={{
                onChange: (event) => followText(index, event.target.value),
                onBlur: () => fixId(index),
              }}
            />
            <ItemActions
              index={index}
              actions={actions}
              labels={{
                up: t("statementUp", { number: index + 1 }),
                down: t("statementDown", { number: index + 1 }),
                remove: t("statementRemove", { number: index + 1 }),
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
          append(newStatement(), { shouldFocus: true, focusName: `${path}.${fields.length}.text` });
          announce(t("statementAdded", { number: fields.length + 1 }));
        }}
      >
        {t("addStatement")}
      </button>
    </fieldset>
  );
}

function StatementId({ path }: { path: string }) {
  const t = useTranslations("builder");
  const id = useWatch({ name: path }) as string;
  return id ? t("likert.statementId", { id }) : t("options.valuePending");
}
