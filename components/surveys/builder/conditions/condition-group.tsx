"use client";

import { useTranslations } from "next-intl";
import { useFieldArray } from "react-hook-form";
import {
  builderFieldId,
  type ConditionItemForm,
  type EarlierQuestion,
  newGroup,
  newRule,
} from "@/lib/surveys/client";
import { SelectInput } from "../fields";
import { useAnnounce } from "../live-region";
import { useFocusAfterRender } from "../use-focus-after-render";
import { ConditionRule } from "./condition-rule";

/** Groups nest this deep at most: enough for "A and (B or C)", and still readable. */
const MAX_DEPTH = 2;

/**
 * A group of conditions joined with "and" (all) or "or" (any). Items are rules or, one level
 * down, groups of their own. `path` is the visibility or the group item: it holds `mode` and `items`.
 */
export function ConditionGroup({
  path,
  prefix,
  depth,
  candidates,
}: {
  path: string;
  /** Numbering of this group's items: "" at the top, "2." inside group 2. */
  prefix: string;
  depth: number;
  candidates: EarlierQuestion[];
}) {
  const t = useTranslations("builder.condition");
  const { fields, append, remove } = useFieldArray({ name: `${path}.items`, keyName: "fieldKey" });
  const announce = useAnnounce();
  const focusLater = useFocusAfterRender();
  const addRuleId = builderFieldId(`${path}.items.add`);
  const removeAt = (index: number, number: string) => {
    remove(index);
    focusLater(addRuleId);
    announce(t("ruleRemoved", { number }));
  };

  return (
    <div className="builder-condition-group">
      <SelectInput path={`${path}.mode`} label={depth === 0 ? t("modeLabel") : t("groupModeLabel")} required>
        <option value="all">{t("modeAll")}</option>
        <option value="any">{t("modeAny")}</option>
      </SelectInput>
      <ol className="builder-list__items">
        {fields.map((field, index) => {
          const number = `${prefix}${index + 1}`;
          const itemPath = `${path}.items.${index}`;
          const removeId = `${builderFieldId(itemPath)}-remove`;
          if ((field as unknown as ConditionItemForm).kind === "group") {
            return (
              <li key={field.fieldKey}>
                <fieldset className="builder-condition-subgroup">
                  <legend>{t("groupTitle", { number })}</legend>
                  <ConditionGroup
                    path={itemPath}
                    prefix={`${number}.`}
                    depth={depth + 1}
                    candidates={candidates}
                  />
                  <button
                    type="button"
                    className="button button--secondary button--small"
                    id={removeId}
                    onClick={() => removeAt(index, number)}
                  >
                    {t("removeGroup", { number })}
                  </button>
                </fieldset>
              </li>
            );
          }
          return (
            <li key={field.fieldKey}>
              <ConditionRule
                path={itemPath}
                number={number}
                candidates={candidates}
                removeId={removeId}
                onRemove={() => removeAt(index, number)}
              />
            </li>
          );
        })}
      </ol>
      <div className="button-row builder-condition-group__add">
        <button
          type="button"
          className="button button--secondary"
          id={addRuleId}
          onClick={() => {
            append(newRule(), { shouldFocus: true, focusName: `${path}.items.${fields.length}.question` });
            announce(t("ruleAdded", { number: `${prefix}${fields.length + 1}` }));
          }}
        >
          {t("addRule")}
        </button>
        {depth + 1 < MAX_DEPTH ? (
          <button
            type="button"
            className="button button--secondary"
            onClick={() => {
              append(newGroup(), { shouldFocus: true, focusName: `${path}.items.${fields.length}.mode` });
              announce(t("ruleAdded", { number: `${prefix}${fields.length + 1}` }));
            }}
          >
            {t("addGroup")}
          </button>
        ) : null}
      </div>
    </div>
  );
}
