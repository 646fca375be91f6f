"use client";

import { useTranslations } from "next-intl";
import { useFieldArray, useFormContext, useWatch } from "react-hook-form";
import { builderFieldId } from "@/lib/surveys/client";
import { useFieldError } from "../builder-errors";
import { TextInput } from "../fields";
import { ItemActions, useListActions } from "../item-actions";
import { useAnnounce } from "../live-region";

type KeyedItem = { auto?: boolean } & Record<string, unknown>;

/**
 * A list of texts that each carry a key stored answers use (answer options and their value, a
 * Likert grid's statements and their id): add, move and remove, announced. A new item's key is
 * made from its text while it is typed, and fixed once the text field is left, so changing the
 * text later never changes the key.
 */
export function KeyedTextListEditor({
  path,
  textField,
  keyField,
  keyFromText,
  newItem,
  describeKey,
  texts,
}: {
  path: string;
  /** The item's text property ("label", "text") and its key property ("value", "id"). */
  textField: string;
  keyField: string;
  keyFromText: (text: string, taken: Set<string>) => string;
  newItem: () => KeyedItem;
  /** The help under an item's text field, saying its key ("" while none is made yet). */
  describeKey: (key: string) => string;
  texts: {
    legend: string;
    item: (number: number) => string;
    up: (number: number) => string;
    down: (number: number) => string;
    remove: (number: number) => string;
    added: (number: number) => string;
    add: string;
  };
}) {
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
    const items = getValues(path) as KeyedItem[];
    if (!items[index]?.auto) return;
    const taken = new Set(items.filter((_, i) => i !== index).map((item) => item[keyField] as string));
    setValue(`${path}.${index}.${keyField}`, text.trim() ? keyFromText(text, taken) : "");
  };
  const fixKey = (index: number) => {
    const item = (getValues(path) as KeyedItem[])[index];
    if (item?.auto && String(item[textField] ?? "").trim()) setValue(`${path}.${index}.auto`, false);
  };

  return (
    <fieldset className={listError ? "builder-list field--error" : "builder-list"}>
      <legend>{texts.legend}</legend>
      {listError ? <p className="field__error">{listError}</p> : null}
      <ol className="builder-list__items">
        {fields.map((field, index) => (
          <li key={field.fieldKey} className="builder-list__item">
            <TextInput
              path={`${path}.${index}.${textField}`}
              label={texts.item(index + 1)}
              required
              help={<ItemKey path={`${path}.${index}.${keyField}`} sayKey={describeKey} />}
              options={{
                onChange: (event) => followText(index, event.target.value),
                onBlur: () => fixKey(index),
              }}
            />
            <ItemActions
              index={index}
              actions={actions}
              labels={{
                up: texts.up(index + 1),
                down: texts.down(index + 1),
                remove: texts.remove(index + 1),
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
          append(newItem(), { shouldFocus: true, focusName: `${path}.${fields.length}.${textField}` });
          announce(texts.added(fields.length + 1));
        }}
      >
        {texts.add}
      </button>
    </fieldset>
  );
}

function ItemKey({ path, sayKey }: { path: string; sayKey: (key: string) => string }) {
  const key = useWatch({ name: path }) as string;
  return sayKey(key ?? "");
}
