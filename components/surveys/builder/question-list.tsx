"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { useFieldArray, useFormContext } from "react-hook-form";
import {
  type BuilderForm,
  builderFieldId,
  newQuestion,
  nextNumberedId,
  QUESTION_TYPES,
  type QuestionType,
} from "@/lib/surveys/client";
import { useFieldError } from "./builder-errors";
import { useListActions } from "./item-actions";
import { useAnnounce } from "./live-region";
import { QuestionEditor } from "./question-editor";
import { useDefaultScale } from "./use-default-scale";

/** The questions of one page, and adding a question of a chosen type at the end. */
export function QuestionList({ pageIndex }: { pageIndex: number }) {
  const t = useTranslations("builder");
  const { getValues } = useFormContext<BuilderForm>();
  const listPath = `pages.${pageIndex}.questions`;
  const { fields, append, move, remove } = useFieldArray({
    name: listPath as "pages.0.questions",
    keyName: "fieldKey",
  });
  const [newType, setNewType] = useState<QuestionType>("single_choice");
  const scale = useDefaultScale();
  const announce = useAnnounce();
  const listError = useFieldError(listPath);
  const page = pageIndex + 1;
  const actions = useListActions({
    listPath,
    count: fields.length,
    move,
    remove,
    minimum: 1,
    messages: {
      moved: (position, count) => t("question.moved", { position, count }),
      alreadyFirst: t("question.alreadyFirst"),
      alreadyLast: t("question.alreadyLast"),
      removed: (index) => t("question.removed", { page, number: index + 1 }),
      cannotRemove: t("question.lastOne"),
    },
  });

  const add = () => {
    const taken = new Set(getValues("pages").flatMap((p) => p.questions.map((q) => q.id)));
    append(newQuestion(nextNumberedId("vraag", taken), newType, scale), {
      shouldFocus: true,
      focusName: `${listPath}.${fields.length}.text`,
    });
    announce(t("question.added", { page, number: fields.length + 1 }));
  };
  const typeSelectId = builderFieldId(`${listPath}.newType`);

  return (
    <div className="builder-questions">
      {listError ? <p className="field__error">{listError}</p> : null}
      {fields.map((field, index) => (
        <QuestionEditor key={field.fieldKey} pageIndex={pageIndex} index={index} actions={actions} />
      ))}
      <div className="builder-add-question">
        <div className="field">
          <label className="field__label" htmlFor={typeSelectId}>
            {t("question.addType", { page })}
          </label>
          <select
            id={typeSelectId}
            className="select"
            value={newType}
            onChange={(event) => setNewType(event.target.value as QuestionType)}
          >
            {QUESTION_TYPES.map((value) => (
              <option key={value} value={value}>
                {t(`types.${value}`)}
              </option>
            ))}
          </select>
        </div>
        <button
          type="button"
          className="button button--secondary"
          id={builderFieldId(`${listPath}.add`)}
          onClick={add}
        >
          {t("question.add", { page })}
        </button>
      </div>
    </div>
  );
}
